import type { BackendModule, ParseKeys } from 'i18next';
import type { account } from './locales/ja/account';
import type { auth } from './locales/ja/auth';
import type { cart } from './locales/ja/cart';
import type { catalog } from './locales/ja/catalog';
import type { common } from './locales/ja/common';
import type { home } from './locales/ja/home';
import type { library } from './locales/ja/library';
import type { loan } from './locales/ja/loan';
import type { mypage } from './locales/ja/mypage';
import type { notice } from './locales/ja/notice';
import type { card } from './locales/ja/card';
import type { reservation } from './locales/ja/reservation';
import type { shelves } from './locales/ja/shelves';
import type { calendar } from './locales/ja/calendar';

/**
 * The portal's namespaces, one per feature or area, `common` first (the default). The demo panel
 * adds its own, `demo`, when its code loads. A feature edits only its own files in locales/ja and locales/en.
 */
export const namespaces = [
  'common',
  'auth',
  'catalog',
  'cart',
  'reservation',
  'loan',
  'mypage',
  'account',
  'home',
  'library',
  'notice',
  'card',
  'shelves',
  'calendar',
] as const;
export type Namespace = (typeof namespaces)[number];

interface Japanese {
  common: typeof common;
  auth: typeof auth;
  catalog: typeof catalog;
  cart: typeof cart;
  reservation: typeof reservation;
  loan: typeof loan;
  mypage: typeof mypage;
  account: typeof account;
  home: typeof home;
  library: typeof library;
  notice: typeof notice;
  card: typeof card;
  shelves: typeof shelves;
  calendar: typeof calendar;
}

/**
 * Each language's namespaces, one module (and one chunk) each, `locales/<language>/<namespace>.ts`
 * exporting the namespace under its name: a page loads the ones it shows, in the patron's language only.
 */
const files = import.meta.glob<Record<string, object>>('./locales/*/*.ts');

/** i18next's backend: reads a namespace's strings from its module. */
export const stringFiles: BackendModule = {
  type: 'backend',
  callbackApi: false,
  init() {},
  async read(language: string, namespace: string) {
    const load = files[`./locales/${language}/${namespace}.ts`];
    if (!load) throw new Error(`No strings for ${language}/${namespace}`);
    return (await load())[namespace];
  },
};

// `t` takes only keys of the Japanese files: a missing key, or a key built from a value whose
// type allows one that is missing, is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Japanese;
  }
}

/**
 * A message held as a key, to be worded later (a notice that follows a language switch): any
 * namespace's key with its namespace (`cart:merged`), or a `common` one without.
 */
export type TranslationKey = ParseKeys<typeof namespaces>;
