import { normalizeCardNumber } from '../../../src/api/contract/card-number';
import { DomainError } from '../../domain/errors';
import type { Library } from '../../runtime/library-host';
import { logIn } from '../auth/login';
import type { SignedIn } from '../auth/sessions';
import { demoPatrons } from './demo-patrons';

/** The demo panel signs in as a persona with its password, under the same login rules as the patron would. */
export async function signInAsPersona(library: Library, cardNumber: string, now: number, client: string): Promise<SignedIn> {
  const card = normalizeCardNumber(cardNumber);
  const persona = demoPatrons(library).find((candidate) => candidate.cardNumber === card);
  if (!persona) throw new DomainError('NOT_FOUND', `${cardNumber} is not one of the demo patrons`);
  if (persona.password === null)
    throw new DomainError('CONFLICT', 'This patron has no password yet: they register one online', { reason: 'no-password' });
  return logIn(library, { cardNumber: card, password: persona.password }, now, client);
}
