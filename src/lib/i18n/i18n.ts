import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { stringFiles, type Namespace } from './resources';

export type { Namespace };

export const languages = ['ja', 'en'] as const;
export type Language = (typeof languages)[number];
const STORAGE_KEY = 'shiori.lang';

function initialLanguage(): Language {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' || stored === 'ja' ? stored : 'ja';
}

export function setLanguage(language: Language): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  void i18next.changeLanguage(language);
}

i18next.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
});

/**
 * The layout's strings: the shell and messages (`common`), the header's search box (`catalog`)
 * and its 予約かご link (`cart`). The app renders once they are there; each route loads its own.
 */
const layoutNamespaces: Namespace[] = ['common', 'catalog', 'cart'];

/** Settles once i18next has read the layout's strings in the first language (`isInitialized` is true from then on). */
const initialized = i18next
  .use(initReactI18next)
  .use(stringFiles)
  .init({
    ns: layoutNamespaces,
    defaultNS: 'common',
    lng: initialLanguage(),
    fallbackLng: 'ja',
    interpolation: { escapeValue: false },
    returnNull: false,
  });

// `{{term, lowercase}}`: a library's term (Reservation basket) in the middle of an English sentence.
i18next.services.formatter?.add('lowercase', (value: unknown) => String(value).toLowerCase());

/**
 * Resolves once the strings of `namespaces` are there in the current language (a route waits for its own before it shows).
 * It waits for i18next's own start first: a load asked for before then can finish before i18next has chosen its language.
 */
export async function loadStrings(namespaces: readonly Namespace[]): Promise<void> {
  await initialized;
  await i18next.loadNamespaces([...namespaces]);
}

export function currentLanguage(): Language {
  return i18next.language === 'en' ? 'en' : 'ja';
}

export { i18next };
