import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../mocks/domain/password-hash';

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
});
