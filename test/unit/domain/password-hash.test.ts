import { describe, expect, it } from 'vitest';
import { hashNeedsUpgrade, hashPassword, verifyPassword } from '../../../mocks/domain/password-hash';

describe('stored passwords', () => {
  it('are salted PBKDF2-SHA-256 hashes that never contain the password', async () => {
    const stored = await hashPassword('yomu2026', 1000);
    expect(stored).toMatch(/^pbkdf2-sha256\$1000\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(stored).not.toContain('yomu2026');
  });

  it('differ for the same password, because each has its own salt', async () => {
    expect(await hashPassword('same', 1000)).not.toBe(await hashPassword('same', 1000));
  });

  it('verify the right password and refuse any other', async () => {
    const stored = await hashPassword('Shiori4', 1000);
    expect(await verifyPassword('Shiori4', stored)).toBe(true);
    expect(await verifyPassword('shiori4', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('refuse a stored value of another format', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });

  it('say when they were made at a lower cost than the library asks now', async () => {
    const stored = await hashPassword('yomu2026', 1000);
    expect(hashNeedsUpgrade(stored, 2000)).toBe(true);
    expect(hashNeedsUpgrade(stored, 1000)).toBe(false);
    expect(hashNeedsUpgrade(stored, 500)).toBe(false);
    expect(hashNeedsUpgrade('plain-text', 2000)).toBe(false);
  });
});
