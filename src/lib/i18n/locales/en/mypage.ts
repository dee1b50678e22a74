import type { Strings } from '../../strings';
import type { mypage as ja } from '../ja/mypage';

export const mypage: Strings<typeof ja> = {
  title: 'My page',
  cardNumber: 'Card number',
  summaryTitle: 'Your account',
  loans: 'On loan',
  overdueNote: ' ({{count}} overdue)',
  reservations: 'Reservations',
  readyNote: ' ({{count}} ready to collect)',
  cartItems: 'Basket',
  countItems: '{{count}}',
  countBooks: '{{count}}',
  countCases: '{{count}}',
  tabsLabel: 'Lists',
  tab: { reservations: 'Reservations', loans: 'Loans', cart: 'Basket' },
};
