import type { Notice } from '../../src/api/contract/notices';
import type { PatronNotice } from '../domain/notices';
import { pickupDaysLeft } from '../domain/pickup-deadline';
import { tokyoDate } from '../domain/time';
import { patronNotices, readNotice, waitingForPickup } from '../use-cases/notices/notices';
import { defineHandler } from './define-handler';
import { titleOf } from './present-title';

const presentNotice = ({ id, kind, subject, body, sentAt, read }: PatronNotice): Notice => ({ id, kind, subject, body, sentAt, read });

export const noticeHandlers = [
  defineHandler('getNotices', ({ library, patron, now }) => {
    const notices = patronNotices(library, patron);
    const today = tokyoDate(now);
    return {
      notices: notices.map(presentNotice),
      unreadCount: notices.filter((notice) => !notice.read).length,
      waitingForPickup: waitingForPickup(library, patron).map((reservation) => {
        const { title, volumeLabel } = titleOf(library, reservation.titleId);
        return {
          reservationId: reservation.id,
          titleId: reservation.titleId,
          title,
          volumeLabel,
          pickupBranchId: reservation.pickupBranchId,
          pickupDeadline: reservation.pickupDeadline,
          daysLeft: pickupDaysLeft(reservation.pickupDeadline, today),
        };
      }),
    };
  }),
  defineHandler('readNotice', ({ library, patron, params, now }) => presentNotice(readNotice(library, patron, params.noticeId, now))),
];
