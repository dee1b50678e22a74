// A real library stores no readable password: PBKDF2-SHA-256 with a salt per patron, via WebCrypto
// (the same API in browsers and in Node). The stored form names its own parameters, so a hash made
// with another iteration count still verifies after the count is raised.

import { equalInConstantTime } from './constant-time';

const ALGORITHM = 'pbkdf2-sha256';
/** OWASP's figure for PBKDF2-HMAC-SHA-256 (Password Storage Cheat Sheet, 2023). */
export const HASH_ITERATIONS = 600_000;
const encoder = new TextEncoder();

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** A random salt unless one is given (the seed's precomputed hashes use fixed ones, to be reproducible). */
export async function hashPassword(
  password: string,
  iterations = HASH_ITERATIONS,
  salt: Uint8Array = crypto.getRandomValues(new Uint8Array(16)),
): Promise<string> {
  return `${ALGORITHM}$${iterations}$${toBase64(salt)}$${toBase64(await derive(password, salt, iterations))}`;
}

/**
 * A stored form no password matches, at the given cost: checking a password against it takes the
 * same work as against a patron's, so that an unknown card, or one without a password yet, is not
 * told apart by how long the answer takes.
 */
export const unmatchableHash = (iterations: number) => `${ALGORITHM}$${iterations}$${toBase64(new Uint8Array(16))}$`;

/**
 * Whether a stored form was made with fewer iterations than `iterations` (the library's cost now):
 * after the count is raised, each patron's hash is made again at their next successful login, the
 * only time the password is at hand.
 */
export function hashNeedsUpgrade(stored: string, iterations: number): boolean {
  const [algorithm, made] = stored.split('$');
  return algorithm === ALGORITHM && Number(made) < iterations;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [algorithm, iterations, salt, hash] = stored.split('$');
  if (algorithm !== ALGORITHM || !iterations || !salt || hash === undefined) return false;
  const actual = await derive(password, fromBase64(salt), Number(iterations));
  return equalInConstantTime(actual, fromBase64(hash));
}
