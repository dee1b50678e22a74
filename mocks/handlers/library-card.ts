import { cardBarcodeValue } from '../domain/card-number';
import { defineHandler } from './define-handler';

export const libraryCardHandlers = [
  defineHandler('getLibraryCard', ({ library, patron }) => ({
    cardNumber: patron.cardNumber,
    name: patron.name,
    nameKana: patron.nameKana,
    libraryName: library.profile.name,
    barcode: { symbology: library.profile.cardNumber.barcode, value: cardBarcodeValue(patron.cardNumber, library.profile) },
  })),
];
