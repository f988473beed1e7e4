import { createCipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  createConnectionSecretCipher,
  generateConnectionSecretKey,
  InvalidSecretKeyError,
  SecretEnvelopeError,
  SecretSerializationError,
} from './connection-secret-cipher';
import {
  connectionSecretKeysFromEnv,
  InvalidSecretKeySetError,
  parseConnectionSecretKeys,
} from './connection-secret-keys';

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

  it('produces a v2 envelope naming the default key that contains none of the plaintext', () => {
    const cipher = createConnectionSecretCipher(generateConnectionSecretKey());
    const envelope = cipher.encrypt(secrets);
    expect(envelope).toMatch(/^v2\.default\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
    expect(cipher.activeKeyId).toBe('default');
    expect(cipher.keyIdOf(envelope)).toBe('default');
    for (const value of ['sk_live_4f9a8b7c6d5e', 'correct horse', 't0k3n', 'apiKey', 'password']) {
      expect(envelope).not.toContain(value);
      expect(Buffer.from(envelope.split('.')[4]!, 'base64url').toString('latin1')).not.toContain(value);
    }
  });

  it('gives a different envelope each time for the same secrets', () => {
    const cipher = createConnectionSecretCipher(generateConnectionSecretKey());
    expect(cipher.encrypt(secrets)).not.toEqual(cipher.encrypt(secrets));
  });

  it('rejects an envelope whose ciphertext, tag or iv was altered', () => {
    const cipher = createConnectionSecretCipher(generateConnectionSecretKey());
    const [version, keyId, iv, tag, ciphertext] = cipher.encrypt(secrets).split('.') as [
      string,
      string,
      string,
      string,
      string,
    ];
    const flip = (part: string) => {
      const bytes = Buffer.from(part, 'base64url');
      bytes[0] = bytes[0]! ^ 1;
      return bytes.toString('base64url');
    };
    for (const altered of [
      [version, keyId, iv, tag, flip(ciphertext)],
      [version, keyId, iv, flip(tag), ciphertext],
      [version, keyId, flip(iv), tag, ciphertext],
    ]) {
      expect(() => cipher.decrypt(altered.join('.'))).toThrow(SecretEnvelopeError);
    }
  });

  it('rejects envelopes of another version or shape with a stable code', () => {
    const cipher = createConnectionSecretCipher(generateConnectionSecretKey());
    const envelope = cipher.encrypt(secrets);
    for (const bad of [
      envelope.replace(/^v2/, 'v3'),
      envelope.replace(/^v2/, 'v1'),
      envelope.replace(/^v2\.default\./, 'v2.de.fault.'),
      'not an envelope',
      '',
      envelope.split('.').slice(0, 4).join('.'),
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

describe('connection secret cipher with several keys', () => {
  const k1 = generateConnectionSecretKey();
  const k2 = generateConnectionSecretKey();

  it('seals with the first key and names it in the envelope', () => {
    const cipher = createConnectionSecretCipher([
      { id: 'k2', key: k2 },
      { id: 'k1', key: k1 },
    ]);
    const envelope = cipher.encrypt(secrets);
    expect(envelope.startsWith('v2.k2.')).toBe(true);
    expect(cipher.activeKeyId).toBe('k2');
    expect(cipher.keyIdOf(envelope)).toBe('k2');
  });

  it('still opens what an older key sealed, so rotation needs no downtime', () => {
    const old = createConnectionSecretCipher([{ id: 'k1', key: k1 }]).encrypt(secrets);
    const rotated = createConnectionSecretCipher([
      { id: 'k2', key: k2 },
      { id: 'k1', key: k1 },
    ]);
    expect(rotated.decrypt(old)).toEqual(secrets);
    expect(rotated.keyIdOf(old)).toBe('k1');
  });

  it('reads v1 envelopes written before key ids existed, with the default key or any other', () => {
    const v1 = sealV1(k1, secrets);
    expect(createConnectionSecretCipher(k1).decrypt(v1)).toEqual(secrets);
    expect(createConnectionSecretCipher(k1).keyIdOf(v1)).toBe('default');
    const renamed = createConnectionSecretCipher([
      { id: 'k2', key: k2 },
      { id: 'k1', key: k1 },
    ]);
    expect(renamed.decrypt(v1)).toEqual(secrets);
    expect(() => createConnectionSecretCipher(k2).decrypt(v1)).toThrow(SecretEnvelopeError);
  });

  it('refuses an envelope whose key id was swapped, because the id is authenticated', () => {
    const both = createConnectionSecretCipher([
      { id: 'k1', key: k1 },
      { id: 'k2', key: k1 },
    ]);
    const relabelled = both.encrypt(secrets).replace(/^v2\.k1\./, 'v2.k2.');
    expect(() => both.decrypt(relabelled)).toThrow(SecretEnvelopeError);
  });

  it('names a key id it does not have, and nothing secret', () => {
    const sealed = createConnectionSecretCipher([{ id: 'k3', key: k1 }]).encrypt(secrets);
    const error = captureError(() => createConnectionSecretCipher([{ id: 'k2', key: k2 }]).decrypt(sealed));
    expect(error).toBeInstanceOf(SecretEnvelopeError);
    expect((error as Error).message).toContain('"k3"');
    expect((error as Error).message).toContain('configured: k2');
    expect((error as Error).message).not.toContain(k2);
  });

  it('rejects duplicate or malformed key ids', () => {
    expect(() =>
      createConnectionSecretCipher([
        { id: 'a', key: k1 },
        { id: 'a', key: k2 },
      ]),
    ).toThrow(InvalidSecretKeySetError);
    expect(() => createConnectionSecretCipher([{ id: 'with.dot', key: k1 }])).toThrow(InvalidSecretKeySetError);
    expect(() => createConnectionSecretCipher([])).toThrow(InvalidSecretKeySetError);
  });
});

describe('connection secret keys from the environment', () => {
  const k1 = generateConnectionSecretKey();
  const k2 = generateConnectionSecretKey();

  it('takes CONNECTION_SECRETS_KEYS in order, the first one active', () => {
    expect(connectionSecretKeysFromEnv({ keys: `k2:${k2}, k1:${k1}` })).toEqual([
      { id: 'k2', key: k2 },
      { id: 'k1', key: k1 },
    ]);
  });

  it('keeps CONNECTION_SECRETS_KEY as the key "default", after the listed keys', () => {
    expect(connectionSecretKeysFromEnv({ key: k1 })).toEqual([{ id: 'default', key: k1 }]);
    expect(connectionSecretKeysFromEnv({ keys: `k2:${k2}`, key: k1 })).toEqual([
      { id: 'k2', key: k2 },
      { id: 'default', key: k1 },
    ]);
  });

  it('names the bad entry by position without echoing a key', () => {
    const error = captureError(() => parseConnectionSecretKeys(`k2:${k2},${k1}`));
    expect(error).toBeInstanceOf(InvalidSecretKeySetError);
    expect((error as Error).message).toContain('entry 2');
    expect((error as Error).message).not.toContain(k1);
    expect(() => parseConnectionSecretKeys(`a:${k1},a:${k2}`)).toThrow(/"a" appears more than once/);
    expect(() => connectionSecretKeysFromEnv({})).toThrow(InvalidSecretKeySetError);
  });
});

/** A v1 envelope as the cipher wrote them before key ids: `v1.<iv>.<tag>.<ciphertext>`, "v1" as AAD. */
function sealV1(keyBase64: string, value: Record<string, unknown>): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(keyBase64, 'base64'), iv, { authTagLength: 16 });
  cipher.setAAD(Buffer.from('v1'));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(value)), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

function captureError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
