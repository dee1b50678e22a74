import type { PatronRow } from '../db/schema';
import { DomainError } from '../domain/errors';
import type { Library } from '../runtime/library-host';

interface StoredAnswer<T> {
  /** What the request was about ('*' for all of the patron's loans): the same id sent about something else is refused. */
  target: string;
  result: T;
}

/**
 * The answer kept for this patron's request id, or the one `answer` gives now, kept for the next
 * retry: a keyed write (貸出延長, 一括延長, 一括変更) is done once per id, and a retry gets the same answer.
 */
export function onceForRequest<T>(
  library: Library,
  patron: PatronRow,
  kind: 'renewal' | 'reservation-changes',
  request: { requestId: string; target: string },
  answer: () => T,
): T {
  const { meta } = library.db.tables;
  const key = `${kind}:${patron.id}:${request.requestId}`;
  const stored = meta.get(key)?.value as StoredAnswer<T> | undefined;
  if (stored) {
    if (stored.target !== request.target) throw new DomainError('CONFLICT', `This requestId was used for another ${kind}`);
    return stored.result;
  }
  const result = answer();
  meta.insert({ key, value: { target: request.target, result } satisfies StoredAnswer<T> });
  return result;
}
