// zod/mini, as the rest of what the app's first page parses (common, library, auth): the entry and
// the login route carry no classic zod, which does not tree-shake (README: "The JS budget").
import * as z from 'zod/mini';

/**
 * The closed list of machine codes a failure may carry. A backend answers with one of the server
 * codes; the client adds the transport codes for failures that never reached a backend's answer.
 */
const serverErrorCodes = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'TEMPORARY_PASSWORD_NOT_YET_VALID',
  'PASSWORD_CHANGE_REQUIRED',
  'PASSWORD_POLICY_VIOLATION',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'METHOD_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;

/** Failures that never reached a backend's answer, raised by the client itself. */
type ClientErrorCode = 'NETWORK_ERROR' | 'TIMEOUT' | 'CONTRACT_VIOLATION';

export const ServerErrorCode = z.enum(serverErrorCodes);
export type ServerErrorCode = z.infer<typeof ServerErrorCode>;
export type ErrorCode = ServerErrorCode | ClientErrorCode;

/** The HTTP status each code travels with: one table for the client and every backend. */
export const httpStatusOf: Record<ServerErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  TEMPORARY_PASSWORD_NOT_YET_VALID: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  PASSWORD_POLICY_VIOLATION: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL_ERROR: 500,
};

/** Why one field was refused; the UI turns `code` (with `params`) into the patron's language. */
export const FieldIssue = z.object({
  path: z.string().check(z.describe('Dotted path of the field in the request, e.g. "cardNumber".')),
  code: z.string().check(z.describe('Machine code, e.g. "required", "card_number_format", "too_short".')),
  message: z.string(),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});
export type FieldIssue = z.infer<typeof FieldIssue>;

export const ErrorDetails = z
  .object({
    fields: z.optional(z.array(FieldIssue)),
    lockedUntil: z.optional(z.iso.datetime({ offset: true })),
    validFrom: z.optional(z.iso.datetime({ offset: true })),
    retryAfterSeconds: z.optional(z.number().check(z.int())),
    reason: z
      .optional(z.string())
      .check(z.describe("CONFLICT on a refused operation: the same reason code the row's action carries (e.g. ready, overdue, reserved)")),
  })
  .check(z.describe('Extra facts about the failure; which ones appear depends on the code.'));
export type ErrorDetails = z.infer<typeof ErrorDetails>;

/** The one envelope of every failure. */
export const ErrorEnvelope = z.object({
  error: z.object({
    code: ServerErrorCode,
    message: z.string().check(z.describe('A readable English sentence for logs; the UI words its own.')),
    details: z.optional(ErrorDetails),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;
