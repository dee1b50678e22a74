import { cardNumberRule } from '../domain/card-number';
import { libraryCalendar } from '../use-cases/library/calendar';
import { defineHandler, defineHostHandler } from './define-handler';

export const libraryHandlers = [
  // From the host: the profile is known before the library's rows are read, so the first page (the login form) need not wait for a seeding.
  defineHostHandler('getLibrary', async ({ host }) => {
    const profile = await host.profile();
    // The profile minus what only the library system needs (its calendar, its login check, our notes on choices).
    const { calendar: _calendar, choices: _choices, checksPasswordFormAtLogin: _checked, labels, ...info } = profile;
    const words = Object.fromEntries(Object.entries(labels).map(([key, { ja, en }]) => [key, { ja, en }]));
    return { ...info, labels: words, cardNumber: cardNumberRule(profile) };
  }),

  defineHandler('getLibraryCalendar', ({ library, query, now }) => libraryCalendar(library, now, query.month)),
];
