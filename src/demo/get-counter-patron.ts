import { queryOptions, useQuery } from '@tanstack/react-query';
import { simApi } from './sim-api';
import { simKey } from './sim-key';

/** A patron as the counter sees them: open loans and reservations, with the ids to act on. */
const counterPatronQuery = (cardNumber: string) =>
  queryOptions({
    queryKey: [...simKey, 'patron', cardNumber],
    queryFn: () => simApi.call('simGetPatron', { params: { cardNumber } }),
  });

export function useCounterPatron(cardNumber: string | null) {
  return useQuery({ ...counterPatronQuery(cardNumber ?? ''), enabled: cardNumber !== null });
}
