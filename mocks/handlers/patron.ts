import { maskCardNumber } from '../domain/card-number';
import { isOverdue } from '../domain/loans/renewal';
import { isOpenReservation } from '../domain/reservation-states';
import { tokyoDate } from '../domain/time';
import { defineHandler } from './define-handler';

export const patronHandlers = [
  defineHandler('getSummary', ({ library, patron, now }) => {
    const { loans, reservations, cartItems } = library.db.tables;
    const today = tokyoDate(now);
    const current = loans.where('patronId', patron.id).filter((loan) => loan.returnedAt === null);
    const open = reservations.where('patronId', patron.id).filter(isOpenReservation);
    return {
      name: patron.name,
      nameKana: patron.nameKana,
      cardNumberMasked: maskCardNumber(patron.cardNumber),
      contactMethod: patron.contactMethod,
      counts: {
        loans: current.length,
        overdueLoans: current.filter((loan) => isOverdue(loan, today)).length,
        reservations: open.length,
        readyReservations: open.filter((reservation) => reservation.state === 'ready').length,
        cartItems: cartItems.where('patronId', patron.id).length,
      },
    };
  }),
];
