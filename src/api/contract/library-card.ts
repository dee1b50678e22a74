import * as z from 'zod';
import { LocalizedText } from './common';
import { BarcodeSymbology } from './library';

/** 利用者カード: what the card shows, and the barcode the counter scans. */
export const LibraryCard = z.object({
  cardNumber: z.string().describe('利用者番号, in full: the card is the patron’s own'),
  name: z.string(),
  nameKana: z.string(),
  libraryName: LocalizedText,
  cardNumberLabel: z
    .nullable(LocalizedText)
    .check(
      z.describe(
        'The card number as the library names it (p000: 登録番号, its label login.cardNumber), null where the portal’s word stands: on the card, so that it reads the same offline',
      ),
    ),
  barcode: z.object({
    symbology: BarcodeSymbology,
    value: z.string().describe('What the bars encode, start and stop characters included (NW-7: A…A around the card number)'),
  }),
});
export type LibraryCard = z.infer<typeof LibraryCard>;
