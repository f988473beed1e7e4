import { z } from 'zod';

/** The digests `hash`, `hmac` and `hmacVerify` offer (node:crypto names). */
export const DigestAlgorithm = z
  .enum(['sha256', 'sha512', 'sha1', 'md5'])
  .default('sha256')
  .describe('sha1 and md5 only for legacy systems that require them');
export type DigestAlgorithm = z.output<typeof DigestAlgorithm>;

export const DigestEncoding = z.enum(['hex', 'base64']).default('hex').describe('How the digest is written');
export type DigestEncoding = z.output<typeof DigestEncoding>;

export const KeyEncoding = z
  .enum(['utf8', 'hex', 'base64'])
  .default('utf8')
  .describe('How the key is written: plain text, or the bytes as hex/base64');
