import type { notice as ja } from '../ja/notice';
import type { Strings } from '../../strings';

export const notice: Strings<typeof ja> = {
  title: 'Notices',
  listLabel: 'Notices from the library',
  empty: 'The library has sent you no notices.',
  unread: 'Unread',
  sentAt: 'Sent {{date}}',
  kind: {
    'ready-notice': 'Reservation ready',
    'due-reminder': 'Due date reminder',
    'overdue-notice': 'Overdue notice',
    'temporary-password': 'Temporary password',
    'email-confirmation': 'E-mail confirmation',
    'password-confirmation': 'Password confirmation',
  },
  back: 'Back to notices',
  notFound: 'This notice cannot be found.',
  readFailed: 'It could not be marked read.',
  retryRead: 'Try again',
  pickup: {
    heading: 'Reserved items are ready for pickup',
    branch: 'Pickup at',
    deadline: 'Held until',
    daysLeft: 'Days left: {{count}}',
    lastDay: 'Today is the last day',
    until: '{{date}} ({{left}})',
    toList: 'See your reservations',
  },
};
