import type { ErrorDetails, FieldIssue, ServerErrorCode } from '../../src/api/contract/errors';

/**
 * A rule said no. Handlers let it through; the handler wrapper turns it into the error envelope.
 * `keepChanges`: what the step wrote before refusing stays written (a failed login is counted).
 */
export class DomainError extends Error {
  constructor(
    readonly code: ServerErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
    readonly keepChanges = false,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static validation(fields: FieldIssue[]): DomainError {
    return new DomainError('VALIDATION_FAILED', fields.map((field) => `${field.path}: ${field.message}`).join('; '), { fields });
  }
}
