import type { card as ja } from '../ja/card';
import type { Strings } from '../../strings';

export const card: Strings<typeof ja> = {
  title: 'Library card',
  link: 'Show your library card',
  linkHint: ' (the counter can scan its barcode)',
  lead: 'Show this screen at the counter to borrow or return. A brighter screen scans more easily.',
  cardNumber: 'Card number',
  barcodeLabel: 'Barcode: {{card}} {{number}} ({{symbology}})',
  symbology: { codabar: 'Codabar (NW-7)', code39: 'Code 39', code128: 'Code 128' },
  offline: 'You are offline: this is the card kept on this device.',
};
