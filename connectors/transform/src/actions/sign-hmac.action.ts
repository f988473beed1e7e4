import { createHmac } from 'node:crypto';
import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { DigestAlgorithm, DigestEncoding, KeyEncoding } from '../digest-options';

export const SignHmacInput = z.strictObject({
  value: z.string().describe('Text to sign (UTF-8), e.g. the raw webhook body'),
  key: z.string().min(1).describe('Shared secret; take it from a connection or secret store, not a literal'),
  keyEncoding: KeyEncoding,
  algorithm: DigestAlgorithm,
  encoding: DigestEncoding,
});
export type SignHmacInput = z.input<typeof SignHmacInput>;

export const SignHmacOutput = z.object({ signature: z.string().describe('The HMAC in the chosen encoding') });
export type SignHmacOutput = z.output<typeof SignHmacOutput>;

export const signHmac = defineAction({
  name: 'hmac',
  displayName: 'Sign with HMAC',
  description: 'HMAC of a text with a shared key, e.g. to sign an outgoing webhook.',
  input: SignHmacInput,
  output: SignHmacOutput,
  async run(_ctx, input) {
    return { signature: hmacOf(input).toString(input.encoding) };
  },
});

/** The raw HMAC bytes; `hmacVerify` compares these, not strings. */
export function hmacOf(input: {
  value: string;
  key: string;
  keyEncoding: z.output<typeof KeyEncoding>;
  algorithm: DigestAlgorithm;
}): Buffer {
  return createHmac(input.algorithm, Buffer.from(input.key, input.keyEncoding)).update(input.value, 'utf8').digest();
}
