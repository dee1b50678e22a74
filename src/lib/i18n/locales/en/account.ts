import type { Strings } from '../../strings';
import type { account as ja } from '../ja/account';

export const account: Strings<typeof ja> = {
  title: 'Your details',
  link: 'Your details',
  linkHint: ' (e-mail, contact, password)',
  toMypage: 'Back to My page',
  loadFailed: 'Your details could not be loaded.',
  none: 'None',
  registration: {
    title: 'Registration',
    name: 'Name',
    card: 'Card number',
    phone: 'Phone',
    mobile: 'Mobile',
    counterOnly: 'To change your name or phone numbers, please ask at the library counter.',
    password: 'Change your password',
  },
  email: {
    title: 'E-mail addresses',
    lead_one:
      'You can register one e-mail address. A new address receives a confirmation e-mail; it is used once you open the link in it (within 24 hours, once).',
    lead_other:
      'You can register up to {{count}} e-mail addresses. A new address receives a confirmation e-mail; it is used once you open the link in it (within 24 hours, once).',
    single: 'E-mail address',
    slot: 'E-mail address {{slot}}',
    unregistered: 'Not registered',
    pending: 'A confirmation e-mail went to {{address}}. Open its link to finish (valid until {{until}}).',
    address: 'Register {{label}}',
    newAddress: 'Change {{label}}',
    hint: 'E.g. hanako@example.jp. Make sure you can receive mail from the library.',
    empty: 'Enter an e-mail address.',
    send: 'Send the confirmation e-mail',
    sending: 'Sending…',
    remove: 'Remove {{label}}',
    inUse: 'This address is used as a contact, so it cannot be removed. Change the contact method (and that of your reservations) first.',
  },
  contact: {
    title: 'Contact method',
    legend: 'How the library contacts you about reservations (the default for new ones)',
    unregistered: '(not registered)',
    counterOnly: '(not registered; the counter can register it)',
    applyToReservations: 'Also change it for my open reservations',
    applyHint: 'Items already ready for pickup keep their contact method.',
    submit: 'Change',
    submitting: 'Changing…',
    done: 'Your contact method is now “{{method}}”.',
    doneReservations: '{{count}} reservation(s) changed too.',
    noEmail: 'There is no such e-mail address. Register an address and open the link in its confirmation e-mail first.',
    addEmail: 'Register an e-mail address',
    failed: 'The contact method was not changed; it is as it was.',
  },
};
