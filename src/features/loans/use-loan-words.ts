import { useTranslation } from 'react-i18next';
import type { MaterialType } from '../../api/contract/common';
import type { LoanItem, RenewalRefusal } from '../../api/contract/loans';
import { useLibraryInfo, useLibraryLabel } from '../../api/queries/library-info';
import { formatDate, formatShortDate } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { localized } from '../../lib/localized';

/** A loan's title with its volume (りすの大冒険 2), as the patron tells loans apart. */
export const loanName = (item: Pick<LoanItem, 'title' | 'volumeLabel'>) =>
  item.volumeLabel ? `${item.title} ${item.volumeLabel}` : item.title;

export type LoanWords = ReturnType<typeof useLoanWords>;

export type LoanColumn = 'copyId' | 'title' | 'loanedAt' | 'dueDate' | 'reserved' | 'note' | 'branch' | 'materialType' | 'actions';

/**
 * The words a loan is shown with, in the active library's terms: its name for the list (貸出状況,
 * 貸出中一覧, 貸出一覧), its branch names, 区分 in words, and why 貸出延長 is refused — with the
 * number of renewals this library allows, in its own sentence where it has one (p000's counter),
 * and in 注意 where its list says it there (p001).
 */
export function useLoanWords() {
  const { t, i18n } = useTranslation(['loan', 'catalog']);
  const label = useLibraryLabel();
  const library = useLibraryInfo().data;
  const language = currentLanguage();
  return {
    listName: label('mypage.tab.loans', 'mypage:tab.loans'),
    /** A column of the list, as the library names it (p000: 返却日). */
    column: (column: LoanColumn) => label(`loan.column.${column}`, `loan:columns.${column}`),
    /** 貸出延長 and its confirmation's button as the library names them (p001: 変更する). */
    renew: label('loan.renew', 'loan:list.renew'),
    renewSubmit: label('loan.renew.submit', 'loan:renew.submit'),
    branch: (branchId: string) => {
      const branch = library?.branches.find((item) => item.id === branchId);
      return branch ? localized(branch.name, i18n.language) : branchId;
    },
    materialType: (type: MaterialType) => t(`catalog:materialType.${type}`),
    refusal: (reason: RenewalRefusal) =>
      reason === 'not-offered'
        ? label('loan.refusal.not-offered', 'loan:refusal.not-offered')
        : t(`refusal.${reason}`, { max: library?.loans.maxRenewals ?? 1 }),
    refusalInNote: library?.loans.renewalRefusalShownIn === 'note',
    date: (value: string) => formatDate(value, language),
    shortDate: (value: string) => formatShortDate(value, language),
  };
}
