import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import {
  DEFAULT_CONNECTION_SECRET_KEY_ID,
  InvalidSecretKeySetError,
  type ConnectionSecretKey,
} from './connection-secret-keys';

/**
 * Encrypts the secrets of a Connection (API keys, passwords, tokens) for storage in
 * `Connection.encryptedSecrets`, and decrypts them when an activity needs them.
 */
export interface ConnectionSecretCipher {
  /** JSON-encodes and encrypts with the active key; every call uses a fresh IV, so equal secrets give different envelopes. */
  encrypt(secrets: Record<string, unknown>): string;
  /** Verifies and decrypts an envelope made by `encrypt` with any key of this cipher's set. */
  decrypt(envelope: string): Record<string, unknown>;
  /** the id of the key `encrypt` seals with; store it in `Connection.encryptionKeyId` */
  readonly activeKeyId: string;
  /** the id of the key an envelope was sealed with, read without decrypting (`default` for v1 envelopes) */
  keyIdOf(envelope: string): string;
}

/**
 * AES-256-GCM with 32-byte keys given as base64 (or base64url). The envelope is
 * `v2.<keyId>.<iv>.<tag>.<ciphertext>` (binary parts base64url); `v2.<keyId>` is
 * authenticated as additional data, so an envelope cannot be passed off as sealed
 * by another key. `v1.<iv>.<tag>.<ciphertext>` envelopes (written before key ids
 * existed) are still read: with the `default` key first, then the others.
 *
 * Give one key (it gets the id `default`) or a key set whose first key is active;
 * the others only decrypt, which is what makes rotation possible without downtime
 * (see `rotateConnectionSecretKey`).
 *
 * @example
 * const cipher = createConnectionSecretCipher([{ id: 'k2', key: newKey }, { id: 'k1', key: oldKey }]);
 * const stored = cipher.encrypt({ apiKey: 'sk_live_…' }); // "v2.k2.…"
 * cipher.decrypt(stored).apiKey;
 */
export function createConnectionSecretCipher(keys: string | readonly ConnectionSecretKey[]): ConnectionSecretCipher {
  const keySet = decodeKeySet(typeof keys === 'string' ? [{ id: DEFAULT_CONNECTION_SECRET_KEY_ID, key: keys }] : keys);
  const [active] = keySet;
  if (active === undefined) throw new InvalidSecretKeySetError('at least one connection secret key is needed');
  return {
    activeKeyId: active.id,
    encrypt(secrets) {
      const plaintext = serialize(secrets);
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, active.key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(v2Header(active.id));
      const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return [V2, active.id, ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'))].join(
        '.',
      );
    },
    decrypt(envelope) {
      const parsed = parseEnvelope(envelope);
      if (parsed.version === V2) {
        const key = keySet.find((candidate) => candidate.id === parsed.keyId);
        if (key === undefined) {
          throw new SecretEnvelopeError(
            `connection secrets are sealed with key id "${parsed.keyId}", which is not configured ` +
              `(configured: ${keySet.map((candidate) => candidate.id).join(', ')})`,
          );
        }
        return parseSecrets(open(key.key, v2Header(parsed.keyId), parsed));
      }
      // v1 names no key: it was sealed with the single key of its day, which is `default` unless renamed.
      const ordered = [...keySet].sort(
        (a, b) => Number(b.id === DEFAULT_CONNECTION_SECRET_KEY_ID) - Number(a.id === DEFAULT_CONNECTION_SECRET_KEY_ID),
      );
      for (const key of ordered) {
        const plaintext = tryOpen(key.key, V1_AAD, parsed);
        if (plaintext !== undefined) return parseSecrets(plaintext);
      }
      throw undecryptable();
    },
    keyIdOf(envelope) {
      const parsed = parseEnvelope(envelope);
      return parsed.version === V2 ? parsed.keyId : DEFAULT_CONNECTION_SECRET_KEY_ID;
    },
  };
}

/** A new random key in the form `createConnectionSecretCipher` takes (for setup scripts and tests). */
export function generateConnectionSecretKey(): string {
  return randomBytes(KEY_BYTES).toString('base64');
}

/** The key is not 32 bytes of base64. The message never contains the key. */
export class InvalidSecretKeyError extends Error {
  readonly code = 'SECRET_KEY_INVALID';
  override readonly name = 'InvalidSecretKeyError';
}

/** The envelope is malformed, was tampered with, or belongs to another key. The message never contains secrets. */
export class SecretEnvelopeError extends Error {
  readonly code = 'SECRET_ENVELOPE_INVALID';
  override readonly name = 'SecretEnvelopeError';
}

/** The secrets cannot be JSON-encoded (a BigInt, a cycle). */
export class SecretSerializationError extends Error {
  readonly code = 'SECRET_NOT_SERIALIZABLE';
  override readonly name = 'SecretSerializationError';
}

const ALGORITHM = 'aes-256-gcm';
const V1 = 'v1';
const V2 = 'v2';
const V1_AAD = Buffer.from(V1, 'utf8');
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

interface DecodedKey {
  id: string;
  key: Buffer;
}

interface ParsedEnvelope {
  version: typeof V1 | typeof V2;
  /** empty for v1 */
  keyId: string;
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

function v2Header(keyId: string): Buffer {
  return Buffer.from(`${V2}.${keyId}`, 'utf8');
}

function decodeKeySet(keys: readonly ConnectionSecretKey[]): DecodedKey[] {
  const decoded: DecodedKey[] = [];
  for (const { id, key } of keys) {
    if (!KEY_ID_PATTERN.test(id)) {
      throw new InvalidSecretKeySetError('a connection secret key id must be 1–64 letters, digits, "_" or "-"');
    }
    if (decoded.some((known) => known.id === id)) {
      throw new InvalidSecretKeySetError(`connection secret key id "${id}" appears more than once`);
    }
    decoded.push({ id, key: decodeKey(key) });
  }
  return decoded;
}

function open(key: Buffer, aad: Buffer, parsed: ParsedEnvelope): string {
  const plaintext = tryOpen(key, aad, parsed);
  if (plaintext === undefined) throw undecryptable();
  return plaintext;
}

function tryOpen(key: Buffer, aad: Buffer, parsed: ParsedEnvelope): string | undefined {
  try {
    const decipher = createDecipheriv(ALGORITHM, key, parsed.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(parsed.tag);
    return Buffer.concat([decipher.update(parsed.ciphertext), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}

function undecryptable(): SecretEnvelopeError {
  return new SecretEnvelopeError(
    'connection secrets could not be decrypted: the envelope was altered or the key is not the one it was encrypted with',
  );
}

function parseSecrets(plaintext: string): Record<string, unknown> {
  let secrets: unknown;
  try {
    secrets = JSON.parse(plaintext);
  } catch {
    // JSON.parse quotes its input in the message: that would be the secrets.
    throw new SecretEnvelopeError('connection secrets decrypted to something other than JSON');
  }
  if (!isPlainObject(secrets))
    throw new SecretEnvelopeError('connection secrets decrypted to something other than an object');
  return secrets;
}

function decodeKey(keyBase64: string): Buffer {
  // Buffer.from(…, 'base64') skips characters it does not know; check the alphabet first.
  const trimmed = typeof keyBase64 === 'string' ? keyBase64.trim() : '';
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) {
    throw new InvalidSecretKeyError('the connection secret key must be 32 random bytes encoded as base64');
  }
  const key = Buffer.from(trimmed, 'base64');
  if (key.length !== KEY_BYTES) {
    throw new InvalidSecretKeyError(
      `the connection secret key must decode to ${KEY_BYTES} bytes (it decodes to ${key.length})`,
    );
  }
  return key;
}

function parseEnvelope(envelope: string): ParsedEnvelope {
  const parts = typeof envelope === 'string' ? envelope.split('.') : [];
  // The messages name no part of the input: a secret pasted by mistake would end up in logs.
  let version: ParsedEnvelope['version'];
  let keyId = '';
  let encoded: string[];
  if (parts[0] === V2 && parts.length === 5) {
    version = V2;
    keyId = parts[1]!;
    if (!KEY_ID_PATTERN.test(keyId))
      throw new SecretEnvelopeError('connection secrets envelope has a malformed key id');
    encoded = parts.slice(2);
  } else if (parts[0] === V1 && parts.length === 4) {
    version = V1;
    encoded = parts.slice(1);
  } else {
    throw new SecretEnvelopeError(
      'connection secrets are not a v2.<keyId>.<iv>.<tag>.<ciphertext> (or v1.<iv>.<tag>.<ciphertext>) envelope',
    );
  }
  const [iv, tag, ciphertext] = encoded.map(fromBase64Url);
  if (iv?.length !== IV_BYTES || tag?.length !== TAG_BYTES || ciphertext === undefined) {
    throw new SecretEnvelopeError('connection secrets envelope has a malformed iv, tag or ciphertext');
  }
  return { version, keyId, iv, tag, ciphertext };
}

function fromBase64Url(part: string): Buffer | undefined {
  return /^[A-Za-z0-9_-]*$/.test(part) ? Buffer.from(part, 'base64url') : undefined;
}

function serialize(secrets: Record<string, unknown>): Buffer {
  if (!isPlainObject(secrets)) throw new SecretSerializationError('connection secrets must be a plain object');
  try {
    return Buffer.from(JSON.stringify(secrets), 'utf8');
  } catch {
    // JSON.stringify's own message can quote property names; keep ours generic.
    throw new SecretSerializationError('connection secrets must be JSON-serializable (no BigInt, no cycles)');
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
