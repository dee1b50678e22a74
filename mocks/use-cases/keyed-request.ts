import type { PatronRow } from '../db/schema';
import { DomainError } from '../domain/errors';
import type { Library } from '../runtime/library-host';

interface KeptRequest {
  /** The request as it was first sent, to tell a repeat from another request under the same key. */
  request: string;
  /** The id of the row the request made. */
  id: string;
}

/**
 * A keyed write that makes one row: done once per patron and `requestId`, a repeat answers the row
 * the first made (NOT_FOUND once it is deleted) and the key sent with another request is CONFLICT.
 */
export function makeOncePerKey<T>(
  library: Library,
  patron: PatronRow,
  operation: string,
  requestId: string,
  request: unknown,
  make: () => T & { id: string },
  find: (id: string) => T | undefined,
): T {
  const { meta } = library.db.tables;
  const key = `${operation}:${patron.id}:${requestId}`;
  const text = JSON.stringify(request);
  const kept = meta.get(key)?.value as KeptRequest | undefined;
  if (kept) {
    if (kept.request !== text) throw new DomainError('CONFLICT', `This requestId was used for another ${operation}`);
    const row = find(kept.id);
    if (!row) throw new DomainError('NOT_FOUND', `What this request made (${kept.id}) is gone`);
    return row;
  }
  const row = make();
  meta.insert({ key, value: { request: text, id: row.id } satisfies KeptRequest });
  return row;
}
