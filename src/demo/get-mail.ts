import { queryOptions, useQuery } from '@tanstack/react-query';
import { simApi } from './sim-api';
import { simKey } from './sim-key';

/** The simulated mailbox, newest first: every patron's, or one patron's. */
const mailQuery = (cardNumber: string | null) =>
  queryOptions({
    queryKey: [...simKey, 'mail', cardNumber],
    queryFn: () => simApi.call('simGetMail', { query: cardNumber ? { cardNumber } : {} }),
  });

/** Read again each time the mail tab opens: the library may have written since. */
export function useMail(cardNumber: string | null) {
  return useQuery({ ...mailQuery(cardNumber), refetchOnMount: 'always' });
}
