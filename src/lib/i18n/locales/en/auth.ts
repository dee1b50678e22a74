import type { Strings } from '../../strings';
import type { auth as ja } from '../ja/auth';

export const auth: Strings<typeof ja> = {
  login: {
    title: 'Log in',
    cardNumber: 'Card number',
    cardNumberHint:
      'The {{length}} digits of your library card (the card’s “{{printed}}” is typed “{{typed}}”). Hyphens and full-width digits are understood too.',
    cardNumberHintPlain:
      'The {{length}} digits of your library card (e.g. {{typed}}). Full-width digits, hyphens and spaces are understood too.',
    password: 'Password',
    submit: 'Log in',
    submitting: 'Logging in…',
    willSend: 'Will be sent as “{{cardNumber}}”',
    passwordForm: 'Passwords here are “{{policy}}”. Check what you typed.',
    invalid: {
      digits: '{{card}} or password is not right. Check that you typed half-width digits.',
      caseSensitive: '{{card}} or password is not right. Check that you typed half-width characters and the right case.',
      halfWidth: '{{card}} or password is not right. Check that you typed half-width characters.',
      checklist: '{{card}} or password is not right. Please check:',
    },
    expired: 'You were logged out after a period without activity. Please log in again.',
    required: 'Please log in to open this page. You will return to it afterwards.',
    loggedOut: 'You have logged out.',
    forgotten: {
      counter: 'Forgot your password? Bring your library card and an ID to the library counter.',
      'counter-temporary': 'Forgot your password? Bring your library card and an ID to the counter for a new temporary password.',
      'register-again': 'Forgot your password? Register a new one under “New password registration”.',
      'reissue-email': 'Forgot your password? Reissue it under “Register or reissue a password” (you will get a confirmation e-mail).',
    },
    register: {
      'self-registration': 'New password registration (first time, or forgot your password)',
      'self-registration-email': 'Register or reissue a password (first time, or forgot your password)',
      'counter-temporary': 'No password yet, or forgot it?',
      'birthdate-temporary': 'No password yet, or forgot it? (about the temporary password)',
    },
  },
  password: {
    changeTitle: 'Change password',
    firstTitle: 'Replace your temporary password',
    firstLead: 'The temporary password from the counter only lets you choose your own. Please set one now.',
    current: 'Current password',
    currentTemporary: 'Temporary password',
    new: 'New password',
    confirm: 'New password again',
    mismatch: 'Type the same new password again to confirm it.',
    submit: 'Change',
    submitting: 'Changing…',
    done: 'Your password has been changed.',
    policy: {
      digits: '{{min}} half-width digits',
      digitsRange: '{{min}}–{{max}} half-width digits',
      alphanumeric: '{{min}}–{{max}} half-width letters and digits (no symbols)',
      caseSensitive: 'upper and lower case differ',
    },
  },
  register: {
    title: {
      'self-registration': 'New password registration',
      'self-registration-email': 'Register or reissue a password',
    },
    lead: {
      'self-registration':
        'Whether this is your first time or you forgot your password, register it here. Enter what you gave the library when your card was made.',
      'self-registration-email':
        'Whether this is your first time or you forgot your password, register or reissue it here. Enter what you gave the library and an e-mail address for the confirmation mail. Registration is complete once you open the link in that mail.',
    },
    identity: 'As registered at the library',
    identityHint: 'Enter these exactly as you gave them to the library when your card was made.',
    nameKana: 'Name in katakana',
    nameKanaHint: 'In katakana (hiragana or half-width also accepted; small ャュョ may be typed large)',
    birthDate: 'Date of birth',
    birthDateHint: 'Eight digits, year first (e.g. 19900415). “1990/4/15” works too.',
    birthDateInvalid: 'Enter your date of birth as year, month and day (e.g. 19900415 or 1990/4/15).',
    birthDatePreview: 'Will be sent as {{date}}',
    phone: 'Phone number',
    phoneHint: 'The home or mobile number you registered at the library. Hyphens are optional.',
    phoneInvalid: 'Enter the phone number in digits, with its area code (e.g. 03-5555-1234).',
    email: 'E-mail address',
    emailHint: 'The confirmation link goes to this address. Make sure you can receive mail from the library.',
    emailInvalid: 'Enter an e-mail address like name@example.jp.',
    mailGroup: 'Where the confirmation mail goes',
    passwordGroup: 'Your new password',
    submit: { 'self-registration': 'Register', 'self-registration-email': 'Send the confirmation mail' },
    submitting: 'Sending…',
    mismatch:
      'The card number, name in katakana, date of birth and phone number do not match what the library has registered. Check that you entered them as you registered them.',
    mismatchTips:
      'If your name or phone number changed after your card was made, try the earlier one too. After {{max}} failures in a row, you cannot register or log in for {{minutes}} minutes.',
    locked: 'After repeated failures, this card cannot register or log in until {{until}}. Please try again later.',
    lockedSoon: 'After repeated failures, this card cannot register or log in for a while. Please try again later.',
    notOffered: 'This library does not take password registrations online. Please ask at the library counter.',
    troubleTitle: 'If you cannot register',
    troubleChanged:
      'If your name or phone number changed after your card was made, try the earlier one. Once registered, please report the change at the counter.',
    troubleCounter: 'If it still does not work, please ask at the counter of your nearest library.',
    doneTitle: 'Registration complete',
    registered: 'Your password has been registered. Please log in.',
    toLogin: 'Log in',
    sentTitle: 'Confirmation mail sent',
    sentTo: 'We sent a mail with a confirmation link to {{address}}.',
    sentLink:
      'Registration is complete, and the new password works, once you open the link in that mail. Until then you cannot log in with the new password (when reissuing, your previous password keeps working until then).',
    sentExpiry: 'The link works for 24 hours after sending (until {{until}}), once.',
    sentTrouble: 'No mail? Check your spam folder, or check the address and apply again. A new mail makes the earlier link stop working.',
    again: 'Enter again',
  },
  counterHelp: {
    title: 'No password yet, or forgot it?',
    lead: 'At {{library}}, passwords are issued at the library counter. They cannot be registered or reissued online.',
    firstTitle: 'Using the service for the first time',
    firstCounter:
      'Bring your library card and an ID (driving licence, health insurance card…) to the library counter. You will get a temporary password.',
    firstBirthDate:
      'A temporary password for the online service is set when your card is made: the month and day of your birth, four digits (born on 15 April: 0415).',
    noCard:
      'No card yet? Fill in the registration form and hand it in at the counter with something that shows who you are and where you live.',
    usableAfter: 'A temporary password works from {{minutes}} minutes after the library issued it.',
    change: 'When you log in with the temporary password, you first choose your own password ({{policy}}). Until then you cannot reserve.',
    forgottenTitle: 'Forgot your password?',
    forgottenCounter: 'Bring your library card and an ID to the library counter.',
    forgottenTemporary:
      'Bring your library card and an ID to the counter. You will get a new temporary password; log in with it and choose your own password.',
    safety: 'The library cannot look up your password. Please keep it safe yourself.',
    toLogin: 'Go to log in',
  },
  confirm: {
    title: 'Confirmation',
    checking: 'Checking the link…',
    registration: 'Your password registration is complete. Please log in.',
    registrationFor: 'Card number (last 4 digits): {{card}}',
    email: 'Your e-mail address has been registered.',
    emailNote: 'Notices from the library can now go to {{address}}. Choose how you are contacted on My page.',
    toLogin: 'Log in',
    toMypage: 'Go to My page',
    notFound: 'This link is not valid.',
    notFoundHint:
      'Check that the link in the mail was not cut off, and open it from the mail again. If it still does not open, apply again and we will send a new link.',
    used: 'This link has already been used (each link works once).',
    usedHint: 'The registration is already complete: for a password you can log in now; for an e-mail address, see My page.',
    expired: 'This link has expired.',
    expiredHint:
      'A link works for 24 hours after sending, and stops working when a newer mail is sent. Register the password again, or add the e-mail address again on My page, then open the link in the new mail.',
    failed: 'The link could not be checked.',
    retry: 'Check again',
  },
};
