import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endpoints } from '../../../src/api/contract/endpoints';
import { buildOpenApiDocument } from '../../../src/api/contract/openapi';
import { openApiPath, renderOpenApi } from '../../scripts/openapi';

describe('the OpenAPI document', () => {
  it('is committed as the contract generates it (run `npm run openapi` after changing the contract)', () => {
    expect(readFileSync(openApiPath, 'utf8')).toBe(renderOpenApi());
  });

  it('has one operation per endpoint, with the error codes it may answer', () => {
    const document = buildOpenApiDocument();
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods)) as {
      operationId: string;
      responses: Record<string, { 'x-error-codes'?: string[] }>;
    }[];
    expect(operations.map((operation) => operation.operationId).sort()).toEqual(Object.keys(endpoints).sort());
    const login = operations.find((operation) => operation.operationId === 'login')!;
    expect(login.responses['401']?.['x-error-codes']).toEqual(['INVALID_CREDENTIALS']);
    expect(login.responses['423']?.['x-error-codes']).toEqual(['ACCOUNT_LOCKED']);
  });

  it('marks the simulation endpoints as such, so that a real backend knows to leave them out', () => {
    const document = buildOpenApiDocument();
    const clock = document.paths['/_sim/clock']?.get as { 'x-simulation-only'?: boolean };
    expect(clock['x-simulation-only']).toBe(true);
    expect((document.paths['/library']?.get as { 'x-simulation-only'?: boolean })['x-simulation-only']).toBeUndefined();
  });

  it('says which writes the client may repeat, and that a keyed one carries Idempotency-Key', () => {
    const document = buildOpenApiDocument();
    const operation = (path: string, method: string) =>
      document.paths[path]?.[method] as { 'x-idempotency'?: string; parameters: { name: string; in: string }[] };
    expect(operation('/me/reservations', 'post')['x-idempotency']).toBe('keyed');
    expect(operation('/me/reservations', 'post').parameters).toContainEqual(
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }),
    );
    expect(operation('/me/contact', 'put')['x-idempotency']).toBe('safe');
    expect(operation('/me/summary', 'get')['x-idempotency']).toBe('safe');
    expect(operation('/me/cart/items', 'post')['x-idempotency']).toBeUndefined();
    expect(operation('/auth/login', 'post')['x-idempotency']).toBeUndefined();
  });
});
