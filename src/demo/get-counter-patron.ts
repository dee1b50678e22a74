import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client/api';
import { simKey } from './sim-key';

/** A patron as the counter sees them: open loans and reservations, with the ids to act on. */
const counterPatronQuery = (cardNumber: string) =>
  queryOptions({
    queryKey: [...simKey, 'patron', cardNumber],
    queryFn: () => api.call('simGetPatron', { params: { cardNumber } }),
  });

export function useCounterPatron(cardNumber: string | null) {
  return useQuery({ ...counterPatronQuery(cardNumber ?? ''), enabled: cardNumber !== null });
}
