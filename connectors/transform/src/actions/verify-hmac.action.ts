import { timingSafeEqual } from 'node:crypto';
import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { DigestAlgorithm, DigestEncoding, KeyEncoding } from '../digest-options';
import { hmacOf } from './sign-hmac.action';

export const VerifyHmacInput = z.strictObject({
  value: z.string().describe('The signed text (UTF-8), e.g. the raw webhook body'),
  key: z.string().min(1).describe('Shared secret; take it from a connection or secret store, not a literal'),
  keyEncoding: KeyEncoding,
  signature: z.string().describe('The signature received, without a prefix such as "sha256="'),
  algorithm: DigestAlgorithm,
  encoding: DigestEncoding,
});
export type VerifyHmacInput = z.input<typeof VerifyHmacInput>;

export const VerifyHmacOutput = z.object({ valid: z.boolean().describe('Whether the signature matches') });
export type VerifyHmacOutput = z.output<typeof VerifyHmacOutput>;

export const verifyHmac = defineAction({
  name: 'hmacVerify',
  displayName: 'Verify HMAC signature',
  description: 'Checks a received HMAC signature in constant time, e.g. of an incoming webhook.',
  input: VerifyHmacInput,
  output: VerifyHmacOutput,
  async run(_ctx, input) {
    const expected = hmacOf(input);
    const received = decodeSignature(input.signature, input.encoding);
    // timingSafeEqual needs equal lengths; the length of a digest is public anyway.
    return {
      valid: received !== undefined && received.length === expected.length && timingSafeEqual(received, expected),
    };
  },
});

/** Buffer.from silently drops invalid characters, so a re-encode must give the same text back. */
function decodeSignature(signature: string, encoding: DigestEncoding): Buffer | undefined {
  const text = signature.trim();
  const bytes = Buffer.from(text, encoding);
  const canonical = encoding === 'hex' ? text.toLowerCase() : text.replace(/=+$/, '');
  const reencoded = encoding === 'hex' ? bytes.toString('hex') : bytes.toString('base64').replace(/=+$/, '');
  return reencoded === canonical ? bytes : undefined;
}
