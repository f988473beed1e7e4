import { describe, expect, it } from 'vitest';
import {
  createConnectionSecretCipher,
  generateConnectionSecretKey,
  InvalidSecretKeyError,
  SecretEnvelopeError,
  SecretSerializationError,
} from './connection-secret-cipher';

const secrets = {
  apiKey: 'sk_live_4f9a8b7c6d5e',
  password: 'correct horse battery staple',
  nested: { token: 't0k3n' },
};

describe('connection secret cipher', () => {
  it('decrypts what it encrypted', () => {
    const cipher = createConnectionSecretCipher(generateConnectionSecretKey());
    expect(cipher.decrypt(cipher.encrypt(secrets))).toEqual(secrets);
  });

  it('produces a v1 envelope that contains none of the plaintext', () => {
    const cipher = createConnectionSecretCipher(generateConnectionSecretKey());
    const envelope = cipher.encrypt(secrets);
    expect(envelope).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    for (const value of ['sk_live_4f9a8b7c6d5e', 'correct horse', 't0k3n', 'apiKey', 'password']) {
      expect(envelope).not.toContain(value);
      expect(Buffer.from(envelope.split('.')[3]!, 'base64url').toString('latin1')).not.toContain(value);
    }
  });

  it('gives a different envelope each time for the same secrets', () => {
    const cipher = createConnectionSecretCipher(generateConnectionSecretKey());
    expect(cipher.encrypt(secrets)).not.toEqual(cipher.encrypt(secrets));
  });

  it('rejects an envelope whose ciphertext, tag or iv was altered', () => {
    const cipher = createConnectionSecretCipher(generateConnectionSecretKey());
    const [version, iv, tag, ciphertext] = cipher.encrypt(secrets).split('.') as [string, string, string, string];
    const flip = (part: string) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[0] = bytes[0]! ^ 1;
      return bytes.toString('base64url');
    };
    for (const altered of [
      [version, iv, tag, flip(ciphertext)],
      [version, iv, flip(tag), ciphertext],
      [version, flip(iv), tag, ciphertext],
    ]) {
      expect(() => cipher.decrypt(altered.join('.'))).toThrow(SecretEnvelopeError);
    }
  });

  it('rejects envelopes of another version or shape with a stable code', () => {
    const cipher = createConnectionSecretCipher(generateConnectionSecretKey());
    const envelope = cipher.encrypt(secrets);
    for (const bad of [
      envelope.replace(/^v1/, 'v2'),
      'not an envelope',
      '',
      envelope.split('.').slice(0, 3).join('.'),
      JSON.stringify(secrets),
    ]) {
      expect(() => cipher.decrypt(bad)).toThrow(expect.objectContaining({ code: 'SECRET_ENVELOPE_INVALID' }));
    }
  });

  it('refuses to decrypt with a different key, without revealing anything in the error', () => {
    const envelope = createConnectionSecretCipher(generateConnectionSecretKey()).encrypt(secrets);
    const otherKey = generateConnectionSecretKey();
    const error = captureError(() => createConnectionSecretCipher(otherKey).decrypt(envelope));
    expect(error).toBeInstanceOf(SecretEnvelopeError);
    expect((error as SecretEnvelopeError).code).toBe('SECRET_ENVELOPE_INVALID');
    expect((error as Error).message).not.toContain(otherKey);
    expect((error as Error).message).not.toContain('sk_live');
  });

  it('rejects a key that is not 32 bytes of base64, without echoing it', () => {
    const short = Buffer.alloc(16, 7).toString('base64');
    for (const key of [short, 'not base64 at all!', '', Buffer.alloc(33).toString('base64')]) {
      const error = captureError(() => createConnectionSecretCipher(key));
      expect(error).toBeInstanceOf(InvalidSecretKeyError);
      expect((error as InvalidSecretKeyError).code).toBe('SECRET_KEY_INVALID');
      if (key) expect((error as Error).message).not.toContain(key);
    }
  });

  it('accepts the key in base64url form too', () => {
    const key = generateConnectionSecretKey();
    const sealed = createConnectionSecretCipher(key).encrypt(secrets);
    const urlSafeKey = Buffer.from(key, 'base64').toString('base64url');
    expect(createConnectionSecretCipher(urlSafeKey).decrypt(sealed)).toEqual(secrets);
  });

  it('refuses secrets that cannot be stored as JSON, without quoting them', () => {
    const cipher = createConnectionSecretCipher(generateConnectionSecretKey());
    const cyclic: Record<string, unknown> = { password: 'hunter2' };
    cyclic['self'] = cyclic;
    const error = captureError(() => cipher.encrypt(cyclic));
    expect(error).toBeInstanceOf(SecretSerializationError);
    expect((error as Error).message).not.toContain('hunter2');
    expect(() => cipher.encrypt({ big: 10n })).toThrow(SecretSerializationError);
  });
});

function captureError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
