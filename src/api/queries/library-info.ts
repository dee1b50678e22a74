import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../lib/i18n/resources';
import { api } from '../client/api';

/** The active library's name, branches and rules: the app follows these instead of hard-coding one library. */
export const libraryInfoQuery = queryOptions({
  queryKey: ['library'],
  queryFn: () => api.call('getLibrary'),
  staleTime: 5 * 60_000,
});

export function useLibraryInfo() {
  return useQuery(libraryInfoQuery);
}

/**
 * A term in the active library's own words where it has one (p000 says 確保済み, p004 says
 * 予約カート), else the portal's default wording for `key` (in a namespace its page has loaded).
 */
export function useLibraryLabel() {
  const { i18n } = useTranslation();
  const ownLabel = useOwnLabel();
  return (key: string, fallbackKey: TranslationKey) => ownLabel(key) ?? i18n.t(fallbackKey);
}

/**
 * The active library's own words for `key` (p001 and p004 say カートに入れる, p001 予約を確定する),
 * or null where it has none, for a caller that words the default itself.
 */
export function useOwnLabel() {
  const { i18n } = useTranslation();
  const { data } = useLibraryInfo();
  return (key: string): string | null => {
    const label = data?.labels[key];
    return label ? (i18n.language === 'en' ? label.en : label.ja) : null;
  };
}

/**
 * The library's own words as values for a message (`{{cart}}` becomes 予約かご, 予約カート or
 * カート), so that one message serves every library.
 */
export function useLibraryTerms() {
  const label = useLibraryLabel();
  return { cart: label('nav.cart', 'nav.cart') };
}
