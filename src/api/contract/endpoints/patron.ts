import { define, patronErrors } from '../endpoint';
import { PatronSummary } from '../patron';

/** The マイページ summary. */
export const patronEndpoints = {
  getSummary: define({
    method: 'GET',
    path: '/me/summary',
    summary: "マイページ: the patron's name, masked card number and counts of loans, reservations and ready items",
    auth: 'patron',
    response: PatronSummary,
    errors: patronErrors,
  }),
};
