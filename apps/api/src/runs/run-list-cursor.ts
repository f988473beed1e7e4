import { createHash } from 'node:crypto';
import { InvalidRequestError } from '../validation/invalid-request.error';

/**
 * The `next_cursor` of `GET /v1/runs`: Temporal's opaque page token plus a
 * fingerprint of the visibility query it belongs to. Temporal would resume a
 * token under another query silently (and wrongly), so a cursor presented
 * with different filters is refused instead.
 */
export const runListCursor = {
  encode(pageToken: Uint8Array, query: string): string {
    return `${Buffer.from(pageToken).toString('base64url')}.${fingerprint(query)}`;
  },

  /** Temporal's page token; 400 naming `cursor` when it is malformed or was issued for other filters. */
  decode(cursor: string, query: string): Uint8Array {
    const separator = cursor.lastIndexOf('.');
    const token = cursor.slice(0, separator);
    if (separator <= 0 || !/^[A-Za-z0-9_-]+$/.test(token)) {
      throw invalidCursor('is not a cursor this API issued');
    }
    if (cursor.slice(separator + 1) !== fingerprint(query)) {
      throw invalidCursor('belongs to a list with other filters; repeat the filters it was issued with');
    }
    return Buffer.from(token, 'base64url');
  },
};

function fingerprint(query: string): string {
  return createHash('sha256').update(query).digest('base64url').slice(0, 16);
}

function invalidCursor(reason: string): InvalidRequestError {
  return new InvalidRequestError([{ path: 'cursor', message: `cursor ${reason}` }]);
}
