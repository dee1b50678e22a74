import { useTranslation } from 'react-i18next';
import type { LibraryCalendar } from '../../api/contract/library';
import { useLibraryInfo } from '../../api/queries/library-info';
import { localized } from '../../lib/localized';

type Day = LibraryCalendar['days'][number];

/** A day's closures in words: 休館（定休日）, or 中央図書館休館（蔵書点検） when one branch closes; none when all open. */
export function useClosureWords() {
  const { t, i18n } = useTranslation('library');
  const library = useLibraryInfo();
  const branchName = (branchId: string) => {
    const branch = library.data?.branches.find((candidate) => candidate.id === branchId);
    return branch ? localized(branch.name, i18n.language) : branchId;
  };
  return (day: Day): string[] =>
    day.closures.map((closure) => {
      const what =
        closure.branchId === null ? t('calendar.closedEverywhere') : t('calendar.closedAt', { branch: branchName(closure.branchId) });
      return t('calendar.closure', { what, reason: t(`calendar.reason.${closure.reason}`) });
    });
}
