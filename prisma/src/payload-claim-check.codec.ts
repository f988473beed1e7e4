import { createHash } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';
import { ClaimCheckBlobMissingError, ClaimCheckReferenceError } from './payload-claim-check.errors';

/** Metadata encoding of a payload that stands for one kept in the payload store. */
export const CLAIM_CHECK_ENCODING = 'binary/tributary-claim-check';

/** Temporal warns at 512 KiB and rejects 2 MiB per payload; 256 KiB keeps histories small. */
export const DEFAULT_CLAIM_CHECK_THRESHOLD_BYTES = 256 * 1024;

/** Where payloads too big for workflow history are kept, by content address. */
export interface PayloadStore {
  /** Stores `data` under `id`; storing an id that is already there is a no-op. */
  put(id: string, data: Uint8Array): Promise<void>;
  /** The bytes stored under `id`, or undefined when there are none. */
  get(id: string): Promise<Uint8Array | undefined>;
}

/** What the small payload left in history says: `ref` is "sha256:<hex>" of the stored bytes. */
export interface ClaimCheckReference {
  ref: string;
  sizeBytes: number;
}

export interface ClaimCheckCodecOptions {
  store: PayloadStore;
  /** payloads whose serialized size exceeds this go to the store */
  thresholdBytes?: number;
}

/**
 * A Temporal payload codec that keeps big payloads out of workflow history
 * (the claim-check pattern): each payload serialized to more than
 * `thresholdBytes` is written to `store` and replaced by a small reference
 * payload; decoding swaps the reference back for the original. Client and
 * workers must all use it, or the side without it sees references.
 *
 * @example
 * const codec = createClaimCheckCodec({ store: new PostgresPayloadStore(prisma) });
 * const client = new Client({ connection, dataConverter: { payloadCodecs: [codec] } });
 */
export function createClaimCheckCodec({
  store,
  thresholdBytes = DEFAULT_CLAIM_CHECK_THRESHOLD_BYTES,
}: ClaimCheckCodecOptions): PayloadCodec {
  return {
    encode: (payloads) => Promise.all(payloads.map((payload) => checkIn(store, thresholdBytes, payload))),
    decode: (payloads) => Promise.all(payloads.map((payload) => checkOut(store, payload))),
  };
}

const { Payload: PayloadMessage } = proto.temporal.api.common.v1;

async function checkIn(store: PayloadStore, thresholdBytes: number, payload: Payload): Promise<Payload> {
  const bytes = PayloadMessage.encode(payload).finish();
  if (bytes.byteLength <= thresholdBytes) return payload;
  const reference: ClaimCheckReference = { ref: contentAddress(bytes), sizeBytes: bytes.byteLength };
  await store.put(reference.ref, bytes);
  return {
    metadata: { encoding: Buffer.from(CLAIM_CHECK_ENCODING) },
    data: Buffer.from(JSON.stringify(reference)),
  };
}

async function checkOut(store: PayloadStore, payload: Payload): Promise<Payload> {
  const encoding = payload.metadata?.encoding;
  if (!encoding || Buffer.from(encoding).toString() !== CLAIM_CHECK_ENCODING) return payload;
  const { ref } = parseReference(payload.data);
  const bytes = await store.get(ref);
  if (!bytes) throw new ClaimCheckBlobMissingError(ref);
  if (contentAddress(bytes) !== ref) {
    throw new ClaimCheckReferenceError(`claim-check blob ${ref} does not match its content address`);
  }
  return PayloadMessage.decode(bytes);
}

function contentAddress(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function parseReference(data: Uint8Array | null | undefined): ClaimCheckReference {
  const text = Buffer.from(data ?? []).toString();
  let reference: unknown;
  try {
    reference = JSON.parse(text);
  } catch {
    throw new ClaimCheckReferenceError(`claim-check reference is not JSON: ${text.slice(0, 200)}`);
  }
  const { ref, sizeBytes } = (reference ?? {}) as Partial<ClaimCheckReference>;
  if (typeof ref !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(ref) || typeof sizeBytes !== 'number') {
    throw new ClaimCheckReferenceError(`claim-check reference lacks a sha256 ref or its size: ${text.slice(0, 200)}`);
  }
  return { ref, sizeBytes };
}
