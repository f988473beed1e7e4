import { randomBytes } from 'node:crypto';
import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import proto from '@temporalio/proto';
import { afterAll, describe, expect, inject, it } from 'vitest';
// the types of what the global setup provides (prisma/tsconfig.json does not include them)
import type {} from '../../scripts/testing/provided-context';
import { CLAIM_CHECK_ENCODING, createClaimCheckCodec, type ClaimCheckReference } from './payload-claim-check.codec';
import { ClaimCheckBlobMissingError, ClaimCheckReferenceError } from './payload-claim-check.errors';
import { PostgresPayloadStore } from './postgres-payload-store';
import { createPrismaClient } from './prisma-client';

const prisma = createPrismaClient(inject('databaseUrl'));
const store = new PostgresPayloadStore(prisma);
const thresholdBytes = 1024;
const codec = createClaimCheckCodec({ store, thresholdBytes });

afterAll(async () => {
  await prisma.$disconnect();
});

const { Payload: PayloadMessage } = proto.temporal.api.common.v1;
const serializedSize = (payload: Payload) => PayloadMessage.encode(payload).finish().byteLength;
const payloadOf = (value: unknown) => defaultPayloadConverter.toPayload(value);
const bigDocument = () => ({ file: randomBytes(4 * thresholdBytes).toString('base64'), name: 'scan.pdf' });

function referenceIn(payload: Payload): ClaimCheckReference {
  expect(Buffer.from(payload.metadata?.encoding ?? []).toString()).toBe(CLAIM_CHECK_ENCODING);
  return JSON.parse(Buffer.from(payload.data ?? []).toString());
}

describe('claim-check payload codec', () => {
  it('passes payloads up to the threshold through untouched, storing nothing', async () => {
    const small = payloadOf({ text: 'x'.repeat(thresholdBytes - 40) });
    expect(serializedSize(small)).toBeLessThanOrEqual(thresholdBytes);
    const before = await prisma.payloadBlob.count();

    const [encoded] = await codec.encode([small]);
    expect(encoded).toBe(small);
    expect(await codec.decode([small])).toEqual([small]);
    expect(await prisma.payloadBlob.count()).toBe(before);
  });

  it('replaces a bigger payload by a small reference and restores it byte for byte', async () => {
    const document = bigDocument();
    const big = payloadOf(document);

    const [reference] = await codec.encode([big]);
    const { ref, sizeBytes } = referenceIn(reference!);
    expect(ref).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(sizeBytes).toBe(serializedSize(big));
    expect(serializedSize(reference!)).toBeLessThan(200);
    expect(await prisma.payloadBlob.findUnique({ where: { id: ref } })).toMatchObject({ sizeBytes });

    const [restored] = await codec.decode([reference!]);
    expect(Buffer.from(PayloadMessage.encode(restored!).finish())).toEqual(
      Buffer.from(PayloadMessage.encode(big).finish()),
    );
    expect(defaultPayloadConverter.fromPayload(restored!)).toEqual(document);
  });

  it('keeps the order of a batch that mixes small and big payloads', async () => {
    const values = ['small', bigDocument(), 42, bigDocument()];
    const encoded = await codec.encode(values.map(payloadOf));
    expect(encoded.map((payload) => serializedSize(payload) <= thresholdBytes)).toEqual([true, true, true, true]);
    const decoded = await codec.decode(encoded);
    expect(decoded.map((payload) => defaultPayloadConverter.fromPayload(payload))).toEqual(values);
  });

  it('stores identical payloads once', async () => {
    const big = payloadOf(bigDocument());
    const [first] = await codec.encode([big]);
    const [again] = await createClaimCheckCodec({ store, thresholdBytes }).encode([big]);
    const { ref } = referenceIn(first!);
    expect(referenceIn(again!).ref).toBe(ref);
    expect(await prisma.payloadBlob.count({ where: { id: ref } })).toBe(1);
  });

  it('uses the default threshold of 256 KiB when none is given', async () => {
    const defaultCodec = createClaimCheckCodec({ store });
    const [under] = await defaultCodec.encode([payloadOf('x'.repeat(255 * 1024))]);
    const [over] = await defaultCodec.encode([payloadOf('x'.repeat(257 * 1024))]);
    expect(serializedSize(under!)).toBeGreaterThan(255 * 1024);
    expect(referenceIn(over!).sizeBytes).toBeGreaterThan(256 * 1024);
  });

  it('names the reference when its blob is not in the store', async () => {
    const [reference] = await codec.encode([payloadOf(bigDocument())]);
    const { ref } = referenceIn(reference!);
    await prisma.payloadBlob.delete({ where: { id: ref } });

    const failure = codec.decode([reference!]);
    await expect(failure).rejects.toBeInstanceOf(ClaimCheckBlobMissingError);
    await expect(failure).rejects.toThrow(`claim-check blob ${ref} is not in the payload store`);
  });

  it('rejects a blob that does not hash to its reference, and a malformed reference', async () => {
    const [reference] = await codec.encode([payloadOf(bigDocument())]);
    const { ref } = referenceIn(reference!);
    const tampered = PayloadMessage.encode(payloadOf(bigDocument())).finish();
    await prisma.payloadBlob.update({ where: { id: ref }, data: { data: Uint8Array.from(tampered) } });
    await expect(codec.decode([reference!])).rejects.toThrow(`${ref} does not match its content address`);

    const malformed = { metadata: reference!.metadata, data: Buffer.from('{"ref":"s3://bucket/key"}') };
    await expect(codec.decode([malformed])).rejects.toBeInstanceOf(ClaimCheckReferenceError);
  });
});
