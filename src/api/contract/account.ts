import * as z from 'zod';
import { ContactMethod, DateTime, LocalDate } from './common';

/** メールアドレス1 or 2: which of the patron's addresses. */
export const EmailSlot = z.union([z.literal(1), z.literal(2)]);
export type EmailSlot = z.infer<typeof EmailSlot>;

const EmailAddress = z
  .string()
  .trim()
  .min(3)
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'An e-mail address like name@example.jp');

/** 利用者情報: what the patron may see of their registration and change online. */
export const Account = z.object({
  name: z.string(),
  nameKana: z.string(),
  cardNumberMasked: z.string(),
  phone: z.string().nullable().describe('電話: shown, changed only at the counter'),
  mobile: z.string().nullable().describe('携帯電話: shown, changed only at the counter'),
  emails: z
    .array(
      z.object({
        slot: EmailSlot,
        address: z.string().nullable().describe('The confirmed address in use'),
        pending: z
          .object({ address: z.string(), sentAt: DateTime, expiresAt: DateTime })
          .nullable()
          .describe('An address waiting for the patron to open the confirmation link'),
      }),
    )
    .describe('One entry per address the library allows (0, 1 or 2)'),
  contactMethod: ContactMethod.check(z.describe('The default 連絡方法')),
  contactMethods: z.array(ContactMethod).describe('What the library offers; those not registered cannot be chosen'),
  registeredContactMethods: z.array(ContactMethod).describe('The ones this patron has registered and may choose'),
  passwordChangedAt: z.nullable(DateTime),
});
export type Account = z.infer<typeof Account>;

export const AddEmailRequest = z.object({ slot: EmailSlot, address: EmailAddress });
export type AddEmailRequest = z.infer<typeof AddEmailRequest>;

export const EmailSlotParams = z.object({ slot: z.enum(['1', '2']) });

export const ChangeContactRequest = z.object({
  contactMethod: ContactMethod,
  applyToReservations: z.boolean().describe("Also use it for the patron's open reservations whose contact may still change"),
});
export type ChangeContactRequest = z.infer<typeof ChangeContactRequest>;

export const ChangeContactResult = z.object({
  account: Account,
  reservationsUpdated: z.number().int().nonnegative(),
});
export type ChangeContactResult = z.infer<typeof ChangeContactResult>;

/**
 * 新規パスワード登録 / パスワード再発行 (p002, p004): the data as registered at the counter, and the
 * new password; p004 also an e-mail address that receives a confirmation link, and the password
 * works only once the link is opened.
 */
export const RegisterRequest = z.object({
  cardNumber: z.string().max(64),
  nameKana: z.string().max(100).describe('氏名カナ; hiragana, full- or half-width katakana, small or large ャュョ all match'),
  birthDate: LocalDate,
  phone: z.string().max(32).describe('電話番号: the home or mobile number registered; hyphens ignored'),
  newPassword: z.string().max(128),
  email: EmailAddress.optional().describe('Required where the library confirms registration by e-mail (p004)'),
});
export type RegisterRequest = z.infer<typeof RegisterRequest>;

export const RegisterResult = z.object({
  status: z
    .enum(['registered', 'confirmation-sent'])
    .describe('registered: log in now; confirmation-sent: open the link in the e-mail first'),
  sentTo: z.string().nullable().describe('Where the confirmation link went'),
  expiresAt: z.nullable(DateTime).describe('Until when the link works'),
});
export type RegisterResult = z.infer<typeof RegisterResult>;

export const ConfirmRequest = z.object({ token: z.string().min(8).max(128) });

export const ConfirmResult = z.object({
  kind: z.enum(['registration', 'email']),
  cardNumberMasked: z.string(),
  address: z.string(),
});
export type ConfirmResult = z.infer<typeof ConfirmResult>;
