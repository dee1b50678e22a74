import type { ErrorCode, ErrorDetails } from '../contract/errors';

/** Every failure of an API call, whether the backend answered with an envelope or never answered. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number | null;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, options: { status?: number | null; details?: ErrorDetails; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ApiError';
    this.code = code;
    this.status = options.status ?? null;
    this.details = options.details ?? {};
  }
}

export function isApiError(error: unknown, ...codes: ErrorCode[]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));
}
