import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../../api/client/api';

/**
 * Opens a confirmation link once, on arrival. A link works only once, so a second POST would
 * answer 使用済み over the success the patron should see: the ref remembers the token already sent
 * across React StrictMode's second run of the effect. `retry` sends it again after a failure that
 * changed nothing (the library was unreachable).
 */
export function useConfirmLink(token: string | null) {
  const confirm = useMutation({ mutationFn: (sent: string) => api.call('confirm', { body: { token: sent } }) });
  const sentToken = useRef<string | null>(null);
  const { mutate } = confirm;
  useEffect(() => {
    if (!token || sentToken.current === token) return;
    sentToken.current = token;
    mutate(token);
  }, [token, mutate]);
  return { ...confirm, retry: () => (token ? mutate(token) : undefined) };
}
