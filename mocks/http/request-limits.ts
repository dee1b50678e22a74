import type { IncomingMessage } from 'node:http';

/** The largest body the server reads: every request of the contract is a few kilobytes at most. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The methods the server answers; any other is 405 with these in `Allow`. */
export const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export const isServedMethod = (method: string | undefined) => (SERVED_METHODS as readonly (string | undefined)[]).includes(method);

/** A declared length over the limit is refused before a byte of the body is read. */
export const declaresTooLarge = (message: IncomingMessage) => Number(message.headers['content-length'] ?? 0) > MAX_BODY_BYTES;

/**
 * The body, read as it streams in; null as soon as it passes the limit (a chunked body declares no
 * length), when reading stops: the rest is never buffered.
 */
export async function readLimitedBody(message: IncomingMessage): Promise<Buffer<ArrayBuffer> | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Whether the path holds a `%` that does not start a valid escape (`%zz`, a lone `%`, a broken UTF-8 sequence). */
export function hasMalformedEscape(url: string): boolean {
  const path = url.split('?')[0] ?? '';
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
