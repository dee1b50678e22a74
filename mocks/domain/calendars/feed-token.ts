// The secret in a calendar subscription's address. Calendar apps fetch a feed with no login, so the
// address itself is the credential: it names the feed (the selector, looked up) and proves it may
// read it (the verifier, of which the library keeps only a SHA-256 digest, compared in constant
// time). A copy of the database gives no working address; resetting makes a new pair.
import { equalInConstantTime } from '../constant-time';

const SELECTOR_BYTES = 8;
const VERIFIER_BYTES = 32;
const encoder = new TextEncoder();

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
const randomHex = (bytes: number) => hex(crypto.getRandomValues(new Uint8Array(bytes)));
const digest = async (verifier: string) => new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(verifier)));

export interface FeedToken {
  /** What goes in the address: the selector, then the verifier, in lowercase hex. */
  token: string;
  selector: string;
  /** What the library stores of the verifier. */
  verifierHash: string;
}

export async function newFeedToken(): Promise<FeedToken> {
  const selector = randomHex(SELECTOR_BYTES);
  const verifier = randomHex(VERIFIER_BYTES);
  return { token: selector + verifier, selector, verifierHash: hex(await digest(verifier)) };
}

const tokenPattern = new RegExp(`^[0-9a-f]{${2 * (SELECTOR_BYTES + VERIFIER_BYTES)}}$`);

/** The selector of a well-formed token, or null: a malformed one is answered like an unknown one. */
export function feedSelector(token: string): string | null {
  return tokenPattern.test(token) ? token.slice(0, 2 * SELECTOR_BYTES) : null;
}

/** Whether the token's verifier is the one whose digest the library stored. */
export async function feedTokenMatches(token: string, verifierHash: string): Promise<boolean> {
  const stored = Uint8Array.from(verifierHash.match(/../g) ?? [], (pair) => parseInt(pair, 16));
  return equalInConstantTime(await digest(token.slice(2 * SELECTOR_BYTES)), stored);
}
