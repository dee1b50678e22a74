import { describe, expect, it } from 'vitest';
import { HASH_ITERATIONS, verifyPassword } from '../../../mocks/domain/password-hash';
import { passwordForHashing } from '../../../mocks/domain/password-policy';
import { profiles } from '../../../mocks/profiles/profiles';
import { personaHashes } from '../../../mocks/seed/persona-hashes';
import { personasOf } from '../../../mocks/seed/personas';

describe('the demo patrons’ precomputed password hashes', () => {
  it('cover every demo patron with a password, at the full cost, and no one else', () => {
    for (const profile of Object.values(profiles)) {
      const withPassword = personasOf(profile).filter((persona) => persona.password !== null);
      expect(Object.keys(personaHashes[profile.id]).sort()).toEqual(withPassword.map((persona) => persona.cardNumber).sort());
      for (const hash of Object.values(personaHashes[profile.id]))
        expect(hash).toMatch(new RegExp(`^pbkdf2-sha256\\$${HASH_ITERATIONS}\\$`));
    }
  });

  it('verify against the passwords the README gives (a case-sensitive library’s and a temporary one)', async () => {
    const checks = [
      { profile: profiles.p004, situation: 'reader' },
      { profile: profiles.p001, situation: 'newcomer' },
    ] as const;
    for (const { profile, situation } of checks) {
      const persona = personasOf(profile).find((candidate) => candidate.situation === situation)!;
      const stored = personaHashes[profile.id][persona.cardNumber]!;
      expect(await verifyPassword(passwordForHashing(persona.password!, profile.password), stored)).toBe(true);
      expect(await verifyPassword('not-the-password', stored)).toBe(false);
    }
  });
});
