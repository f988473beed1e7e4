import { describe, expect, it } from 'vitest';
import { hashPassword, UNKNOWN_USER_HASH, verifyPassword } from './password-hash';

describe('password hashing', () => {
  it('verifies the password it hashed and refuses another one', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('refuses a malformed stored hash instead of throwing, and the unknown-user hash matches nothing', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('', UNKNOWN_USER_HASH)).toBe(false);
  });
});
