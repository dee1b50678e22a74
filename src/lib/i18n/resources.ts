import type { ParseKeys } from 'i18next';
import { account as enAccount } from './locales/en/account';
import { auth as enAuth } from './locales/en/auth';
import { cart as enCart } from './locales/en/cart';
import { catalog as enCatalog } from './locales/en/catalog';
import { common as enCommon } from './locales/en/common';
import { loan as enLoan } from './locales/en/loan';
import { mypage as enMypage } from './locales/en/mypage';
import { reservation as enReservation } from './locales/en/reservation';
import { account } from './locales/ja/account';
import { auth } from './locales/ja/auth';
import { cart } from './locales/ja/cart';
import { catalog } from './locales/ja/catalog';
import { common } from './locales/ja/common';
import { loan } from './locales/ja/loan';
import { mypage } from './locales/ja/mypage';
import { reservation } from './locales/ja/reservation';

/**
 * The portal's namespaces, one per feature or area, `common` first (the default). The demo panel
 * adds its own, `demo`, when its code loads. A feature edits only its own files in locales/ja and locales/en.
 */
export const namespaces = ['common', 'auth', 'catalog', 'cart', 'reservation', 'loan', 'mypage', 'account'] as const;
export type Namespace = (typeof namespaces)[number];

const ja = { common, auth, catalog, cart, reservation, loan, mypage, account } satisfies Record<Namespace, unknown>;

export const resources = {
  ja,
  en: {
    common: enCommon,
    auth: enAuth,
    catalog: enCatalog,
    cart: enCart,
    reservation: enReservation,
    loan: enLoan,
    mypage: enMypage,
    account: enAccount,
  } satisfies Record<Namespace, unknown>,
};

// `t` takes only keys of the Japanese files: a missing key, or a key built from a value whose
// type allows one that is missing, is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof ja;
  }
}

/**
 * A message held as a key, to be worded later (a notice that follows a language switch): any
 * namespace's key with its namespace (`cart:merged`), or a `common` one without.
 */
export type TranslationKey = ParseKeys<typeof namespaces>;
