import * as z from 'zod';
import { DateTime } from './common';

export const LoginRequest = z.object({
  cardNumber: z.string().max(64).describe('利用者番号; full-width digits, hyphens and spaces are accepted and removed'),
  password: z.string().max(128),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

const SessionPatron = z.object({
  name: z.string(),
  nameKana: z.string(),
  cardNumberMasked: z.string().describe('All but the last four digits hidden'),
});

export const SessionInfo = z.object({
  patron: SessionPatron,
  mustChangePassword: z.boolean().describe('A temporary password is in use: only the password change is allowed'),
  asksCurrentPassword: z
    .boolean()
    .optional()
    .describe(
      'Whether the password change asks for the current password (absent: it does): false only to replace a temporary one where the library asks for the new one alone (p000)',
    ),
  idleExpiresAt: DateTime.describe(
    'When the session ends unless the patron does something before; a session also ends 12 hours after its login, whatever the patron does',
  ),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export const LoginResponse = z.object({
  token: z.string().describe('Bearer token for the Authorization header'),
  session: SessionInfo,
});
export type LoginResponse = z.infer<typeof LoginResponse>;

export const ChangePasswordRequest = z.object({
  currentPassword: z
    .string()
    .max(128)
    .optional()
    .describe(
      'Required, except to replace a temporary password where the library asks only for the new one (passwordRules.firstChangeAsksTemporary false)',
    ),
  newPassword: z.string().max(128),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;
