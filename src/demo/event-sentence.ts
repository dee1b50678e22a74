import { useTranslation } from 'react-i18next';
import type { SimEvent } from '../api/contract/simulation';
import { useLibraryInfo, useLibraryLabel } from '../api/queries/library-info';
import { formatDayTime, formatShortDate } from '../lib/format-date';
import { currentLanguage } from '../lib/i18n/i18n';
import { localized } from '../lib/localized';

/** A branch's name in the language on show; its id while the library's details cannot be read. */
export function useBranchName() {
  const { i18n } = useTranslation();
  const branches = useLibraryInfo().data?.branches;
  return (branchId: string) => {
    const branch = branches?.find((item) => item.id === branchId);
    return branch ? localized(branch.name, i18n.language) : branchId;
  };
}

/** A reservation state in the active library's own words (p000 says 確保済み). */
function useStateLabel() {
  const label = useLibraryLabel();
  return (state: NonNullable<SimEvent['state']>) => label(`reservation.state.${state}`, `reservation:state.${state}`);
}

/** A reservation's state as the counter reads it, with 保留 and the day it resumes where it is held. */
export function useHeldStateLabel() {
  const { t } = useTranslation('demo');
  const stateLabel = useStateLabel();
  const language = currentLanguage();
  return (state: NonNullable<SimEvent['state']>, heldUntil: string | null) =>
    heldUntil ? t('counter.held', { state: stateLabel(state), date: formatShortDate(heldUntil, language) }) : stateLabel(state);
}

/**
 * One event as a sentence a designer can read aloud: 11月23日 10:00 佐藤 健一さんの『こころ』が利用可能に
 * なりました（中央図書館）.
 */
export function useEventSentence() {
  const { t } = useTranslation('demo');
  const branchName = useBranchName();
  const stateLabel = useStateLabel();
  const language = currentLanguage();
  return (event: SimEvent): string => {
    const values = {
      time: formatDayTime(event.at, language),
      patron: event.patronName ? t('event.patron', { name: event.patronName }) : t('event.somebody'),
      title: event.title ?? event.titleId ?? '—',
      branch: event.branchId ? branchName(event.branchId) : '—',
      state: event.state ? stateLabel(event.state) : '—',
      subject: event.subject ?? '—',
    };
    return t(event.kind === 'lost' && event.patronName ? 'event.lostFrom' : `event.${event.kind}`, values);
  };
}
