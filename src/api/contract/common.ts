// zod/mini: these schemas are in the first page's parsing (library, auth), which carries no classic
// zod (README: "The JS budget"). A classic module wraps them with zod's functions, as
// `z.nullable(DateTime)` and `DateTime.check(z.describe('…'))`, since a mini schema has no such methods.
import * as z from 'zod/mini';
import './zod-config';

/** A moment, ISO 8601 with its offset (the simulated library answers in +09:00, Asia/Tokyo). */
export const DateTime = z.iso.datetime({ offset: true });

/** A web address to open (an e-text): only http and https, so that a `javascript:` address never reaches a link. */
export const WebUrl = z.url({ protocol: /^https?$/ });

/** A calendar day in Asia/Tokyo, YYYY-MM-DD. */
export const LocalDate = z.iso.date();

/** Text in both languages the portal speaks. */
export const LocalizedText = z.object({ ja: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const MaterialType = z.enum(['book', 'magazine', 'cd', 'dvd', 'kamishibai', 'etext']);
export type MaterialType = z.infer<typeof MaterialType>;

export const ContactMethod = z
  .enum(['email1', 'email2', 'email-both', 'phone', 'mobile'])
  .check(
    z.describe('email-both: the same mail to メールアドレス1 and 2 (p003: 「2つとも選択した場合は、同じメールが2つのアドレスに届きます」)'),
  );
export type ContactMethod = z.infer<typeof ContactMethod>;

/**
 * The idempotency key of a keyed write (a placing, a renewal), chosen by the client once per
 * confirmation: the same key sent again does nothing twice and answers the first result. The
 * transport sends it also as the `Idempotency-Key` header.
 */
export const RequestId = z.string().check(z.minLength(8), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));
