import { define, patronErrors } from '../endpoint';
import { LibraryCard } from '../library-card';

/** 利用者カード: the patron's card, to show at the counter. */
export const libraryCardEndpoints = {
  getLibraryCard: define({
    method: 'GET',
    path: '/me/card',
    summary: "利用者カード: the patron's card number in full, their name, the library's, and the barcode to print (symbology and value)",
    auth: 'patron',
    response: LibraryCard,
    errors: patronErrors,
  }),
};
