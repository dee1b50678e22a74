import { cardNumberRule } from '../domain/card-number';
import { libraryCalendar } from '../use-cases/library/calendar';
import { defineHandler } from './define-handler';

export const libraryHandlers = [
  defineHandler('getLibrary', ({ library }) => {
    // The profile minus what only the library system needs (its calendar, its login check, our notes on choices).
    const { calendar: _calendar, choices: _choices, checksPasswordFormAtLogin: _checked, labels, ...info } = library.profile;
    const words = Object.fromEntries(Object.entries(labels).map(([key, { ja, en }]) => [key, { ja, en }]));
    return { ...info, labels: words, cardNumber: cardNumberRule(library.profile) };
  }),

  defineHandler('getLibraryCalendar', ({ library, query, now }) => libraryCalendar(library, now, query.month)),
];
