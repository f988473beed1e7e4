import { createHash, randomBytes } from 'node:crypto';

/**
 * Random bearer secrets (API keys, session tokens) and the digests stored in
 * their place. The secrets carry 256 random bits, so an unsalted sha256 is
 * enough to store them: there is nothing to brute-force.
 */
export function newSecretToken(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
