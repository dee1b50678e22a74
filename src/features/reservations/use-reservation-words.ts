import { useTranslation } from 'react-i18next';
import type { ContactMethod } from '../../api/contract/common';
import type { ReservationItem } from '../../api/contract/reservations';
import { useLibraryInfo, useLibraryLabel } from '../../api/queries/library-info';
import { formatDate, formatShortDate } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { localized } from '../../lib/localized';

type ReservationState = ReservationItem['state'];

export type ReservationWords = ReturnType<typeof useReservationWords>;

/**
 * The words a reservation is shown with, in the active library's terms: its own state labels
 * (p000 says 確保済み and 順番待ち over the same states), its branch names, and e-mail numbered
 * only where a patron may register two addresses.
 */
export function useReservationWords() {
  const { t, i18n } = useTranslation('reservation');
  const label = useLibraryLabel();
  const library = useLibraryInfo().data;
  const language = currentLanguage();
  return {
    state: (state: ReservationState) => label(`reservation.state.${state}`, `reservation:state.${state}`),
    contact: (method: ContactMethod) => {
      const numbered = (library?.contact.emailAddresses ?? 2) > 1;
      return t(`contact.${method === 'email1' && !numbered ? 'email' : method}`);
    },
    branch: (branchId: string) => {
      const branch = library?.branches.find((item) => item.id === branchId);
      return branch ? localized(branch.name, i18n.language) : branchId;
    },
    date: (value: string) => formatDate(value, language),
    shortDate: (value: string) => formatShortDate(value, language),
    /** 予約状況 as this library calls the list (予約中一覧, 予約一覧…). */
    listName: label('mypage.tab.reservations', 'mypage:tab.reservations'),
    cart: label('nav.cart', 'nav.cart'),
  };
}
