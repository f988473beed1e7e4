import { executeAction, InvalidInputError } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { describe, expect, it } from 'vitest';
import connector from '../src/index';
import type { HashValueInput } from '../src/actions/hash-value.action';
import type { SignHmacInput } from '../src/actions/sign-hmac.action';
import type { VerifyHmacInput } from '../src/actions/verify-hmac.action';
import { connectorWithSpiedRun } from './spied-connector';

const options = { auth: undefined, idempotencyKey: 'run_test:step_hash' };
const hash = (input: HashValueInput) => executeAction(connector, 'hash', { input, ...options });
const hmac = (input: SignHmacInput) => executeAction(connector, 'hmac', { input, ...options });
const hmacVerify = (input: VerifyHmacInput) => executeAction(connector, 'hmacVerify', { input, ...options });

// RFC 4231, test case 2: a short key and short data.
const RFC4231_CASE_2 = {
  key: 'Jefe',
  value: 'what do ya want for nothing?',
  sha256: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  sha512:
    '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554' +
    '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737',
};

describe('transform connector: hash', () => {
  it('computes well-known digests of "abc" in hex and base64', async () => {
    expect(await hash({ value: 'abc' })).toEqual({
      digest: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    });
    expect((await hash({ value: 'abc', algorithm: 'sha1' })).digest).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect((await hash({ value: 'abc', algorithm: 'md5' })).digest).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect((await hash({ value: 'abc', algorithm: 'sha256', encoding: 'base64' })).digest).toBe(
      'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=',
    );
  });

  it('hashes text as UTF-8', async () => {
    const { digest } = await hash({ value: 'Müller', algorithm: 'sha512' });
    expect(digest).toHaveLength(128);
    expect(digest).not.toBe((await hash({ value: 'Muller', algorithm: 'sha512' })).digest);
  });

  it('rejects an unknown algorithm and encoding, naming the fields, without running', async () => {
    const { connector: spied, run } = connectorWithSpiedRun('hash');
    const error = await expectRejection(
      executeAction(spied, 'hash', { input: { value: 'x', algorithm: 'sha3', encoding: 'hexa' }, ...options }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['algorithm', 'encoding']);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('transform connector: hmac', () => {
  it('matches RFC 4231 test case 2 for HMAC-SHA-256 and HMAC-SHA-512', async () => {
    const { key, value } = RFC4231_CASE_2;
    expect(await hmac({ key, value, algorithm: 'sha256' })).toEqual({ signature: RFC4231_CASE_2.sha256 });
    expect(await hmac({ key, value, algorithm: 'sha512' })).toEqual({ signature: RFC4231_CASE_2.sha512 });
  });

  it('accepts a key given as hex bytes and writes base64', async () => {
    const { value } = RFC4231_CASE_2;
    const { signature } = await hmac({
      key: Buffer.from('Jefe').toString('hex'),
      keyEncoding: 'hex',
      value,
      encoding: 'base64',
    });
    expect(Buffer.from(signature, 'base64').toString('hex')).toBe(RFC4231_CASE_2.sha256);
  });

  it('rejects an empty key, naming the field, without running', async () => {
    const { connector: spied, run } = connectorWithSpiedRun('hmac');
    const error = await expectRejection(
      executeAction(spied, 'hmac', { input: { value: 'x', key: '' }, ...options }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['key']);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('transform connector: hmacVerify', () => {
  const { key, value } = RFC4231_CASE_2;

  it('accepts the RFC 4231 signature, in upper-case hex too', async () => {
    expect(await hmacVerify({ key, value, signature: RFC4231_CASE_2.sha256 })).toEqual({ valid: true });
    expect(await hmacVerify({ key, value, signature: RFC4231_CASE_2.sha256.toUpperCase() })).toEqual({ valid: true });
    expect(
      await hmacVerify({ key, value, algorithm: 'sha512', signature: RFC4231_CASE_2.sha512, encoding: 'hex' }),
    ).toEqual({ valid: true });
  });

  it('accepts a base64 signature', async () => {
    const signature = Buffer.from(RFC4231_CASE_2.sha256, 'hex').toString('base64');
    expect(await hmacVerify({ key, value, signature, encoding: 'base64' })).toEqual({ valid: true });
  });

  it.each([
    ['a tampered body', { value: `${value}!`, signature: RFC4231_CASE_2.sha256 }],
    ['a different key', { key: 'jefe', signature: RFC4231_CASE_2.sha256 }],
    ['a truncated signature', { signature: RFC4231_CASE_2.sha256.slice(0, 32) }],
    ['a signature that is not hex', { signature: `zz${RFC4231_CASE_2.sha256.slice(2)}` }],
    ['an empty signature', { signature: '' }],
  ])('rejects %s', async (_name, change) => {
    expect(await hmacVerify({ key, value, ...change })).toEqual({ valid: false });
  });

  it('rejects a missing signature field, naming it, without running', async () => {
    const { connector: spied, run } = connectorWithSpiedRun('hmacVerify');
    const error = await expectRejection(
      executeAction(spied, 'hmacVerify', { input: { value, key }, ...options }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['signature']);
    expect(run).not.toHaveBeenCalled();
  });
});
