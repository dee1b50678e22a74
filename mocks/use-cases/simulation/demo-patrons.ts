import type { SimPersona } from '../../../src/api/contract/simulation';
import type { Library } from '../../runtime/library-host';
import { personasOf } from '../../seed/personas';

/** A patron created at the counter of the simulated library, with the password handed over (the demo panel shows it). */
export interface CounterPatron {
  cardNumber: string;
  password: string | null;
  createdAt: string;
}

export const COUNTER_PATRONS_KEY = 'sim:counter-patrons';

export function counterPatronsOf(library: Library): CounterPatron[] {
  return (library.db.tables.meta.get(COUNTER_PATRONS_KEY)?.value as CounterPatron[] | undefined) ?? [];
}

/** The personas of the profile, then the patrons created at the counter, newest last. */
export function demoPatrons(library: Library): SimPersona[] {
  const { patrons } = library.db.tables;
  const personas: SimPersona[] = personasOf(library.profile).map(
    ({ situation, cardNumber, name, nameKana, description, password, temporary }) => ({
      situation,
      cardNumber,
      name,
      nameKana,
      description,
      password,
      temporary,
    }),
  );
  const created = counterPatronsOf(library).flatMap(({ cardNumber, password, createdAt }): SimPersona[] => {
    const patron = patrons.where('cardNumber', cardNumber)[0];
    if (!patron) return [];
    const day = createdAt.slice(0, 16).replace('T', ' ');
    return [
      {
        situation: 'counter',
        cardNumber,
        name: patron.name,
        nameKana: patron.nameKana,
        description: { ja: `窓口で登録（${day}）`, en: `Registered at the counter (${day})` },
        password,
        temporary: patron.passwordTemporary,
      },
    ];
  });
  return [...personas, ...created];
}
