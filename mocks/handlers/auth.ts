import { changePassword } from '../use-cases/account/password';
import { logIn } from '../use-cases/auth/login';
import { logOut } from '../use-cases/auth/sessions';
import { defineHandler } from './define-handler';
import { presentSession, presentSignIn } from './present-session';

export const authHandlers = [
  defineHandler('login', async ({ body, library, now, client }) => presentSignIn(library.profile, await logIn(library, body, now, client))),

  defineHandler('logout', ({ library, session }) => logOut(library, session)),

  defineHandler('getSession', ({ library, patron, session }) => presentSession(library.profile, patron, session)),

  defineHandler('changePassword', async ({ body, library, patron, session, now }) =>
    presentSession(library.profile, await changePassword(library, patron, session, body, now), session),
  ),
];
