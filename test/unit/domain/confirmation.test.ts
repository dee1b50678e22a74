import { describe, expect, it } from 'vitest';
import type { ConfirmationRow } from '../../../mocks/db/schema';
import { pendingEmail } from '../../../mocks/domain/account/confirmation';
import { fromIso, HOUR } from '../../../mocks/domain/time';

const sentAt = '2026-11-24T10:00:00+09:00';
const link = (overrides: Partial<ConfirmationRow>): ConfirmationRow => ({
  id: 'token-1',
  kind: 'email',
  patronId: 'P1',
  email: 'new@example.jp',
  slot: 1,
  passwordHash: null,
  createdAt: sentAt,
  expiresAt: '2026-11-25T10:00:00+09:00',
  usedAt: null,
  ...overrides,
});

describe('the e-mail address waiting for its confirmation link', () => {
  const now = fromIso(sentAt) + 2 * HOUR;

  it('is the newest link sent for that slot that can still be opened', () => {
    const older = link({ id: 'older', email: 'old@example.jp' });
    const newer = link({ id: 'newer', createdAt: '2026-11-24T11:00:00+09:00' });
    expect(pendingEmail([older, newer], 1, now)?.id).toBe('newer');
  });

  it('is none once the link was opened or ran out, and never a link of the other slot or of a registration', () => {
    expect(pendingEmail([link({ usedAt: sentAt })], 1, now)).toBeNull();
    expect(pendingEmail([link({})], 1, fromIso(sentAt) + 24 * HOUR)).toBeNull();
    expect(pendingEmail([link({ slot: 2 })], 1, now)).toBeNull();
    expect(pendingEmail([link({ kind: 'registration', slot: null })], 1, now)).toBeNull();
  });
});
