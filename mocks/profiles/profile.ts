import type { LocalizedText } from '../../src/api/contract/common';
import type { LibraryInfo } from '../../src/api/contract/library';

/** A term in the library's own words, with the place in its seed page (`../shared/seeds/`) it comes from. */
interface SeedLabel extends LocalizedText {
  seed: string;
}

/**
 * One library's rules as typed configuration: what the API tells the app (LibraryInfo) plus what
 * only the library system itself needs, such as its opening calendar. What the API derives from a
 * rule in mocks/domain (the card number's pattern) is not written here but computed from the rule.
 */
export interface LibraryProfile extends Omit<LibraryInfo, 'cardNumber' | 'labels'> {
  cardNumber: Omit<LibraryInfo['cardNumber'], 'pattern'>;
  /**
   * The label table: every button, heading and screen name the library's page names, as written,
   * under the key of the app's term it words (GET /library → labels, without `seed`).
   */
  labels: Record<string, SeedLabel>;
  calendar: {
    /** 0 = Sunday … 6 = Saturday. */
    weeklyClosedDays: number[];
    closedOnNationalHolidays: boolean;
    /** 年末年始: closed from this MM-DD to that MM-DD of the next year. */
    yearEnd: { from: string; to: string };
  };
  /**
   * Whether a password not of the library's form (charset, length) is refused at login before the
   * card is looked up, so that it counts as no attempt: where the login page states the form (p000).
   */
  checksPasswordFormAtLogin: boolean;
  /** Where a choice was ours because the library's page is silent: written down, as the rules ask. */
  choices: string[];
}

/** The parts every profile shares, as Japanese public libraries commonly do. */
export const common = {
  session: { idleMinutes: 30 },
  lockout: { maxFailures: 5, lockMinutes: 15 },
  loans: {
    periodDays: 14,
    dueDateOnClosedDay: 'next-open-day',
    onlineRenewal: true,
    maxRenewals: 1,
    renewalDays: 14,
    renewalFrom: 'renewal-day',
    reminderDaysBefore: 2,
    overdueNoticeDaysAfter: 1,
    limits: [{ materialTypes: [], max: 10 }],
    renewalRefusalShownIn: 'operations',
  },
  calendar: { weeklyClosedDays: [1], closedOnNationalHolidays: true, yearEnd: { from: '12-29', to: '01-03' } },
  /** My本棚 (p004's page states no limit): ours, written in p004's choices. */
  shelves: { maxShelves: 10, maxItemsPerShelf: 100 },
} as const satisfies Partial<LibraryProfile>;
