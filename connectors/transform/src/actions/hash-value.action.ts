import { createHash } from 'node:crypto';
import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { DigestAlgorithm, DigestEncoding } from '../digest-options';

export const HashValueInput = z.strictObject({
  value: z.string().describe('Text to hash (UTF-8)'),
  algorithm: DigestAlgorithm,
  encoding: DigestEncoding,
});
export type HashValueInput = z.input<typeof HashValueInput>;

export const HashValueOutput = z.object({ digest: z.string().describe('The digest in the chosen encoding') });
export type HashValueOutput = z.output<typeof HashValueOutput>;

export const hashValue = defineAction({
  name: 'hash',
  displayName: 'Hash',
  description: 'Digest of a text, e.g. to detect changed records or build a stable id.',
  input: HashValueInput,
  output: HashValueOutput,
  async run(_ctx, input) {
    return { digest: createHash(input.algorithm).update(input.value, 'utf8').digest(input.encoding) };
  },
});
