import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encrypts the secrets of a Connection (API keys, passwords, tokens) for storage in
 * `Connection.encryptedSecrets`, and decrypts them when an activity needs them.
 */
export interface ConnectionSecretCipher {
  /** JSON-encodes and encrypts; every call uses a fresh IV, so equal secrets give different envelopes. */
  encrypt(secrets: Record<string, unknown>): string;
  /** Verifies and decrypts an envelope made by `encrypt` with the same key. */
  decrypt(envelope: string): Record<string, unknown>;
}

/**
 * AES-256-GCM with a 32-byte key given as base64 (or base64url). The envelope is
 * `v1.<iv>.<tag>.<ciphertext>`, each part base64url; the version prefix is also
 * authenticated, so a later format (a key id for rotation, say) cannot be confused
 * with this one.
 *
 * @example
 * const cipher = createConnectionSecretCipher(config.connectionSecretKey);
 * const stored = cipher.encrypt({ apiKey: 'sk_live_…' });
 * cipher.decrypt(stored).apiKey;
 */
export function createConnectionSecretCipher(keyBase64: string): ConnectionSecretCipher {
  const key = decodeKey(keyBase64);
  return {
    encrypt(secrets) {
      const plaintext = serialize(secrets);
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(VERSION_AAD);
      const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      return [VERSION, iv, cipher.getAuthTag(), ciphertext]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.');
    },
    decrypt(envelope) {
      const { iv, tag, ciphertext } = parseEnvelope(envelope);
      let plaintext: string;
      try {
        const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
        decipher.setAAD(VERSION_AAD);
        decipher.setAuthTag(tag);
        plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretEnvelopeError(
          'connection secrets could not be decrypted: the envelope was altered or the key is not the one it was encrypted with',
        );
      }
      const secrets: unknown = JSON.parse(plaintext);
      if (!isPlainObject(secrets))
        throw new SecretEnvelopeError('connection secrets decrypted to something other than an object');
      return secrets;
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
const VERSION = 'v1';
const VERSION_AAD = Buffer.from(VERSION, 'utf8');
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

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

function parseEnvelope(envelope: string): { iv: Buffer; tag: Buffer; ciphertext: Buffer } {
  const parts = typeof envelope === 'string' ? envelope.split('.') : [];
  const [version, iv, tag, ciphertext] = parts;
  if (
    parts.length !== 4 ||
    version === undefined ||
    iv === undefined ||
    tag === undefined ||
    ciphertext === undefined
  ) {
    throw new SecretEnvelopeError('connection secrets are not a v1.<iv>.<tag>.<ciphertext> envelope');
  }
  // The message names no part of the input: a secret pasted by mistake would end up in logs.
  if (version !== VERSION)
    throw new SecretEnvelopeError(`connection secrets use an envelope version other than ${VERSION}`);
  const decoded = { iv: fromBase64Url(iv), tag: fromBase64Url(tag), ciphertext: fromBase64Url(ciphertext) };
  if (decoded.iv?.length !== IV_BYTES || decoded.tag?.length !== TAG_BYTES || decoded.ciphertext === undefined) {
    throw new SecretEnvelopeError('connection secrets envelope has a malformed iv, tag or ciphertext');
  }
  return { iv: decoded.iv, tag: decoded.tag, ciphertext: decoded.ciphertext };
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
