import { recentClientFailures, type CardLockout } from '../domain/login';

/** Past this many remembered card numbers or clients, the oldest are forgotten: an attacker cannot fill the memory. */
const REMEMBERED = 10_000;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > REMEMBERED) map.delete(map.keys().next().value as string);
}

/**
 * What the library remembers of failed logins outside its tables, in memory: the count and lock of
 * card numbers it does not know (a known card keeps them in its patron row), and each client's
 * recent failures. Not persisted: a restart forgets them, as a real server's rate limiter would.
 */
export class LoginAttempts {
  private readonly unknownCards = new Map<string, CardLockout>();
  private readonly clients = new Map<string, number[]>();

  unknownCard(cardNumber: string): CardLockout {
    return this.unknownCards.get(cardNumber) ?? { failedLogins: 0, lockedUntil: null };
  }

  setUnknownCard(cardNumber: string, lockout: CardLockout): void {
    remember(this.unknownCards, cardNumber, lockout);
  }

  clientFailures(client: string, now: number): number[] {
    return recentClientFailures(this.clients.get(client) ?? [], now);
  }

  addClientFailure(client: string, now: number): void {
    remember(this.clients, client, [...this.clientFailures(client, now), now]);
  }
}
