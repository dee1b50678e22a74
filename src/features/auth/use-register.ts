import { useMutation } from '@tanstack/react-query';
import type { RegisterRequest } from '../../api/contract/account';
import { api } from '../../api/client/api';

/** 新規パスワード登録 / 再発行: nothing is cached, the patron logs in afterwards (or opens the mailed link first). */
export function useRegister() {
  return useMutation({ mutationFn: (request: RegisterRequest) => api.call('register', { body: request }) });
}
