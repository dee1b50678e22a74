import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LibraryCard } from '../contract/library-card';
import { api } from '../client/api';
import { isApiError } from '../client/api-error';
import { useSessionToken } from '../client/session-token';
import { patronKey } from './patron';

const STORAGE_KEY = 'shiori.card';

/** The card last read in this browser, with the session it was read in: shown only to that session. */
interface KeptCard {
  token: string;
  card: LibraryCard;
}

function keptCard(token: string): LibraryCard | null {
  try {
    const kept = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? 'null') as KeptCard | null;
    return kept?.token === token ? kept.card : null;
  } catch {
    return null;
  }
}

/** Logging out forgets the card kept for offline use with the rest of the session. */
export function forgetKeptCard(): void {
  globalThis.localStorage?.removeItem(STORAGE_KEY);
}

/**
 * 利用者カード: read from the library, and kept in this browser for the session that read it, so
 * that the card still shows at the counter with no network (`offline`: the kept copy).
 */
const libraryCardQuery = (token: string) =>
  queryOptions({
    queryKey: [...patronKey, 'card', token],
    queryFn: async (): Promise<{ card: LibraryCard; offline: boolean }> => {
      try {
        const card = await api.call('getLibraryCard');
        globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify({ token, card } satisfies KeptCard));
        return { card, offline: false };
      } catch (error) {
        const kept = isApiError(error, 'NETWORK_ERROR', 'TIMEOUT') ? keptCard(token) : null;
        if (kept) return { card: kept, offline: true };
        throw error;
      }
    },
  });

export function useLibraryCard() {
  const token = useSessionToken((state) => state.token) ?? '';
  return useQuery({ ...libraryCardQuery(token), enabled: token !== '' });
}
