import { cardBarcodeValue } from '../domain/card-number';
import { defineHandler } from './define-handler';

export const libraryCardHandlers = [
  defineHandler('getLibraryCard', ({ library, patron }) => {
    const ownLabel = library.profile.labels['login.cardNumber'];
    return {
      cardNumber: patron.cardNumber,
      name: patron.name,
      nameKana: patron.nameKana,
      libraryName: library.profile.name,
      cardNumberLabel: ownLabel ? { ja: ownLabel.ja, en: ownLabel.en } : null,
      barcode: { symbology: library.profile.cardNumber.barcode, value: cardBarcodeValue(patron.cardNumber, library.profile) },
    };
  }),
];
