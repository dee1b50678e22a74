import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { newArrivalsQuery, type NewArrivalsOptions } from '../../api/queries/catalogue';
import { PAGE_SIZE } from './search-criteria';

/** 新着資料: titles acquired in the last days, newest first, a page at a time. */
export function useNewArrivals(options: Omit<NewArrivalsOptions, 'pageSize'>) {
  return useQuery({ ...newArrivalsQuery({ ...options, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });
}
