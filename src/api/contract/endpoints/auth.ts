import { define, sessionErrors } from '../endpoint';
import { ChangePasswordRequest, LoginRequest, LoginResponse, SessionInfo } from '../auth';

/** Logging in and out, the session, the password change. */
export const authEndpoints = {
  login: define({
    method: 'POST',
    path: '/auth/login',
    summary: 'Log in with 利用者番号 and password; answers a bearer token',
    auth: 'public',
    body: LoginRequest,
    response: LoginResponse,
    errors: ['VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'TEMPORARY_PASSWORD_NOT_YET_VALID', 'RATE_LIMITED'],
  }),
  logout: define({
    method: 'POST',
    path: '/auth/logout',
    summary: 'End the session on the server',
    auth: 'session',
    response: null,
    errors: sessionErrors,
  }),
  getSession: define({
    method: 'GET',
    path: '/auth/session',
    summary: 'The current session: who is logged in and whether the password must be changed first',
    auth: 'session',
    response: SessionInfo,
    errors: sessionErrors,
  }),
  changePassword: define({
    method: 'PUT',
    path: '/me/password',
    summary: "Replace the patron's password (a temporary one included) under the library's policy",
    auth: 'session',
    body: ChangePasswordRequest,
    response: SessionInfo,
    errors: [...sessionErrors, 'VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED', 'PASSWORD_POLICY_VIOLATION'],
  }),
};
