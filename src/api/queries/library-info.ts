import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ContactMethod } from '../contract/common';
import type { NoticePlace } from '../contract/library';
import type { TranslationKey } from '../../lib/i18n/resources';
import { localized } from '../../lib/localized';
import { api } from '../client/api';

/** The active library's name, branches and rules: the app follows these instead of hard-coding one library. */
export const libraryInfoQuery = queryOptions({
  queryKey: ['library'],
  queryFn: () => api.call('getLibrary'),
  staleTime: 5 * 60_000,
});

/** 図書館カレンダー: a month of opening and closed days and today's state (the current month without one). */
export const libraryCalendarQuery = (month: string | null) =>
  queryOptions({
    queryKey: [...libraryInfoQuery.queryKey, 'calendar', month],
    queryFn: () => api.call('getLibraryCalendar', { query: { month: month ?? undefined } }),
    staleTime: 60_000,
  });

export function useLibraryInfo() {
  return useQuery(libraryInfoQuery);
}

/**
 * The active library's own words for `key`, or null where it has none: a note or an advice only
 * some libraries give (p004 warns that reserving again after a cancel goes to the back of the queue).
 */
export function useLibraryWording() {
  const { i18n } = useTranslation();
  const { data } = useLibraryInfo();
  return (key: string): string | null => {
    const label = data?.labels[key];
    return label ? (i18n.language === 'en' ? label.en : label.ja) : null;
  };
}

/**
 * A term in the active library's own words where it has one (p000 says 確保済み, p004 says
 * 予約カート), else the portal's default wording for `key` (in a namespace its page has loaded).
 */
export function useLibraryLabel() {
  const { i18n } = useTranslation();
  const wording = useLibraryWording();
  return (key: string, fallbackKey: TranslationKey) => wording(key) ?? i18n.t(fallbackKey);
}

/** What the active library's page tells its patrons on a screen, in its own words (none where it says nothing). */
export function useLibraryNotices(place: NoticePlace): string[] {
  const { i18n } = useTranslation();
  const { data } = useLibraryInfo();
  return (data?.notices[place] ?? []).map((text) => localized(text, i18n.language));
}

/** A contact method as the library names it (p001 and p002, with one address, say メール), else the portal's word. */
export function useContactMethodLabel() {
  const label = useLibraryLabel();
  return (method: ContactMethod) => label(`contact.${method}`, `reservation:contact.${method}`);
}

/**
 * The library's own words as values for a message (`{{cart}}` becomes 予約かご, 予約カート or
 * カート), so that one message serves every library.
 */
export function useLibraryTerms() {
  const label = useLibraryLabel();
  return { cart: label('nav.cart', 'nav.cart') };
}
