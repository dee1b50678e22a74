import type { Strings } from '../../strings';
import type { calendar as ja } from '../ja/calendar';

export const calendar: Strings<typeof ja> = {
  title: 'Calendar',
  link: 'Add to your calendar',
  linkHint: ' (due dates and pickup deadlines in your phone’s calendar)',
  lead: 'Put your due dates and pickup deadlines in your calendar app (Google Calendar, the iPhone Calendar…) as all-day events.',
  addLibrary: 'Add to calendar (.ics)',
  addLibraryHint: 'Import the closed days into your calendar app as all-day events.',
  download: {
    heading: 'Import a file',
    lead: 'Download your current due dates and pickup deadlines as an .ics file. When a date changes (a renewal), import it again: the same events are updated.',
    button: 'Download due dates and pickup deadlines (.ics)',
    pending: 'Making the calendar…',
    failed: 'The calendar could not be downloaded.',
  },
  subscription: {
    heading: 'Subscription address',
    lead: 'Subscribe to this address in your calendar app and its events follow your loans and reservations as they change. Anyone with the address can read it without logging in: keep it to yourself.',
    none: 'You have no subscription address yet.',
    issued: 'Your subscription address was made on {{date}}. It is shown only when it is made; if you no longer have it, make a new one.',
    address: 'Subscription address',
    shownOnce: 'This address cannot be shown again once you leave this page: copy it now and add it to your calendar app.',
    copy: 'Copy the address',
    copied: 'The address was copied.',
    copyFailed: 'It could not be copied. Select the address and copy it.',
    create: 'Make a subscription address',
    reset: 'Make a new address',
    confirmHeading: 'Make a new address?',
    confirmBody:
      'The address you have stops working at once, and calendar apps subscribed to it get no more events. Subscribe to the new address instead.',
    confirm: 'Make it',
    cancel: 'Cancel',
    pending: 'Making the address…',
    failed: 'The address could not be made. The one you have still works.',
  },
};
