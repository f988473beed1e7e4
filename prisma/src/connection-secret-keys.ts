/**
 * The set of keys that seal connection secrets: one active key that every new
 * envelope is sealed with, and older keys kept only to read what they sealed
 * until `npm run connections:rotate-key` has re-encrypted it.
 */

/** One named key: `id` goes into the envelope (so a reader knows which key to use), `key` is base64 of 32 bytes. */
export interface ConnectionSecretKey {
  id: string;
  key: string;
}

/** The key id `CONNECTION_SECRETS_KEY` and `v1` envelopes (which name no key) stand for. */
export const DEFAULT_CONNECTION_SECRET_KEY_ID = 'default';

/** Key ids appear in envelopes between dots and in `KEYS` lists between `:` and `,`. */
export const CONNECTION_SECRET_KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A key list that cannot be used. The message names the position of the bad entry, never a key. */
export class InvalidSecretKeySetError extends Error {
  readonly code = 'SECRET_KEY_SET_INVALID';
  override readonly name = 'InvalidSecretKeySetError';
}

/**
 * Builds the key set from the two environment variables: `CONNECTION_SECRETS_KEYS`
 * (`"k2:<base64>,k1:<base64>"`, the first one active) and the single-key
 * `CONNECTION_SECRETS_KEY`, which stands for the key id `default`. With both set,
 * the list comes first (so its first key is active) and the single key stays
 * readable as `default`: adding a key to a running installation is one variable.
 * Key material is not checked here; `createConnectionSecretCipher` does that.
 *
 * @example
 * connectionSecretKeysFromEnv({ keys: 'k2:AAA…=,k1:BBB…=', key: undefined });
 * // → [{ id: 'k2', key: 'AAA…=' }, { id: 'k1', key: 'BBB…=' }]
 */
export function connectionSecretKeysFromEnv(env: {
  keys?: string | undefined;
  key?: string | undefined;
}): ConnectionSecretKey[] {
  const listed = env.keys === undefined || env.keys.trim() === '' ? [] : parseConnectionSecretKeys(env.keys);
  const single = env.key === undefined || env.key.trim() === '' ? undefined : env.key.trim();
  if (single !== undefined && !listed.some((entry) => entry.id === DEFAULT_CONNECTION_SECRET_KEY_ID)) {
    listed.push({ id: DEFAULT_CONNECTION_SECRET_KEY_ID, key: single });
  }
  if (listed.length === 0) {
    throw new InvalidSecretKeySetError(
      'no connection secret key: set CONNECTION_SECRETS_KEYS or CONNECTION_SECRETS_KEY',
    );
  }
  return listed;
}

/**
 * Parses `"k2:<base64>,k1:<base64>"`. Ids must be unique and match
 * {@link CONNECTION_SECRET_KEY_ID_PATTERN}.
 */
export function parseConnectionSecretKeys(spec: string): ConnectionSecretKey[] {
  const entries = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const keys: ConnectionSecretKey[] = [];
  entries.forEach((entry, index) => {
    const separator = entry.indexOf(':');
    const id = separator < 0 ? '' : entry.slice(0, separator).trim();
    const key = separator < 0 ? '' : entry.slice(separator + 1).trim();
    // Positions, not contents: an entry may be a key pasted without its id.
    if (!CONNECTION_SECRET_KEY_ID_PATTERN.test(id) || key === '') {
      throw new InvalidSecretKeySetError(
        `entry ${index + 1} must be "<key id>:<base64 key>" with a key id of 1–64 letters, digits, "_" or "-"`,
      );
    }
    if (keys.some((known) => known.id === id)) {
      throw new InvalidSecretKeySetError(`key id "${id}" appears more than once`);
    }
    keys.push({ id, key });
  });
  if (keys.length === 0) throw new InvalidSecretKeySetError('the key list is empty');
  return keys;
}
