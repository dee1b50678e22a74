import { useQuery } from '@tanstack/react-query';
import { titleQuery } from '../../api/queries/catalogue';

/** 資料詳細: the title, its series, holdings and queue. */
export function useTitle(titleId: string) {
  return useQuery(titleQuery(titleId));
}
