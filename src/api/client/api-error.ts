import type { ErrorCode, ErrorDetails } from '../contract/errors';

/** Every failure of an API call, whether the backend answered with an envelope or never answered. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number | null;
  readonly details: ErrorDetails;
  /** A read (GET) failed: nothing the patron entered went with it, so nothing of theirs needs keeping. */
  readonly read: boolean;

  constructor(
    code: ErrorCode,
    message: string,
    options: { status?: number | null; details?: ErrorDetails; cause?: unknown; read?: boolean } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.code = code;
    this.status = options.status ?? null;
    this.details = options.details ?? {};
    this.read = options.read ?? false;
  }
}

export function isApiError(error: unknown, ...codes: ErrorCode[]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));
}
