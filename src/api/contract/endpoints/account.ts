import { define, patronErrors } from '../endpoint';
import {
  Account,
  AddEmailRequest,
  ChangeContactRequest,
  ChangeContactResult,
  ConfirmRequest,
  ConfirmResult,
  EmailSlotParams,
  RegisterRequest,
  RegisterResult,
} from '../account';

/** Registration, its confirmation link, and the patron's own settings. */
export const accountEndpoints = {
  register: define({
    method: 'POST',
    path: '/auth/register',
    summary:
      '新規パスワード登録 / 再発行 where the library offers it (p002, p004): matches the data registered at the counter; p004 confirms by an e-mail link first. Failed matches count towards the lockout like logins',
    auth: 'public',
    body: RegisterRequest,
    response: RegisterResult,
    errors: ['VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'PASSWORD_POLICY_VIOLATION', 'CONFLICT'],
  }),
  confirm: define({
    method: 'POST',
    path: '/auth/confirm',
    summary: 'Opens a confirmation link (registration or a new e-mail address): works once, within 24 hours',
    auth: 'public',
    body: ConfirmRequest,
    response: ConfirmResult,
    errors: ['VALIDATION_FAILED', 'NOT_FOUND', 'CONFLICT'],
  }),
  getAccount: define({
    method: 'GET',
    path: '/me/account',
    summary: '利用者情報: name, phones (changed at the counter), e-mail addresses with pending confirmations, the default contact method',
    auth: 'patron',
    response: Account,
    errors: patronErrors,
  }),
  addEmail: define({
    method: 'PUT',
    path: '/me/emails',
    summary: 'Sets メールアドレス1 or 2: a confirmation link goes to the new address, which is used only once it is opened',
    auth: 'patron',
    body: AddEmailRequest,
    response: Account,
    errors: [...patronErrors, 'VALIDATION_FAILED', 'CONFLICT'],
  }),
  removeEmail: define({
    method: 'DELETE',
    path: '/me/emails/:slot',
    summary: 'Removes an address (and a pending one); refused while it is the contact of the patron or of an open reservation',
    auth: 'patron',
    params: EmailSlotParams,
    response: Account,
    errors: [...patronErrors, 'NOT_FOUND', 'CONFLICT'],
  }),
  changeContact: define({
    method: 'PUT',
    path: '/me/contact',
    summary: 'The default 連絡方法, among what is registered; optionally also for open reservations',
    auth: 'patron',
    body: ChangeContactRequest,
    response: ChangeContactResult,
    errors: [...patronErrors, 'VALIDATION_FAILED'],
    idempotency: 'safe',
  }),
};
