// zod/mini, as common.ts: logging in is the first page's one write (README: "The JS budget").
import * as z from 'zod/mini';
import { DateTime } from './common';

export const LoginRequest = z.object({
  cardNumber: z.string().check(z.maxLength(64), z.describe('利用者番号; full-width digits, hyphens and spaces are accepted and removed')),
  password: z.string().check(z.maxLength(128)),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

const SessionPatron = z.object({
  name: z.string(),
  nameKana: z.string(),
  cardNumberMasked: z.string().check(z.describe('All but the last four digits hidden')),
});

export const SessionInfo = z.object({
  patron: SessionPatron,
  mustChangePassword: z.boolean().check(z.describe('A temporary password is in use: only the password change is allowed')),
  asksCurrentPassword: z
    .optional(z.boolean())
    .check(
      z.describe(
        'Whether the password change asks for the current password (absent: it does): false only to replace a temporary one where the library asks for the new one alone (p000)',
      ),
    ),
  idleExpiresAt: DateTime.check(
    z.describe(
      'When the session ends unless the patron does something before; a session also ends 12 hours after its login, whatever the patron does',
    ),
  ),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const LoginResponse = z.object({
  token: z.string().check(z.describe('Bearer token for the Authorization header')),
  session: SessionInfo,
});
export type LoginResponse = z.infer<typeof LoginResponse>;

export const ChangePasswordRequest = z.object({
  currentPassword: z
    .optional(z.string().check(z.maxLength(128)))
    .check(
      z.describe(
        'Required, except to replace a temporary password where the library asks only for the new one (passwordRules.firstChangeAsksTemporary false)',
      ),
    ),
  newPassword: z.string().check(z.maxLength(128)),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;
