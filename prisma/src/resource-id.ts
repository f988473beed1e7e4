import { createHash, randomBytes } from 'node:crypto';

/** Id prefixes, Stripe-style: the prefix tells what an id points at. */
export const ID_PREFIXES = {
  flow: 'flow',
  flowVersion: 'flv',
  run: 'run',
  connection: 'conn',
  trigger: 'trg',
  auditEvent: 'evt',
  mapping: 'map',
  mappingVersion: 'mpv',
  apiKey: 'key',
  user: 'usr',
  session: 'ses',
} as const;
export type ResourceKind = keyof typeof ID_PREFIXES;

/** Crockford base32, lower-case (no i, l, o, u): reads well in URLs and logs. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const SUFFIX_LENGTH = 26;

/**
 * A new id like `flow_01jd8x4k3m9t2v6w7y8z0abcde`: a ULID-like suffix of a
 * 48-bit millisecond timestamp and 80 random bits. Ids sort by creation time,
 * which is what cursor pagination orders by; within one millisecond the
 * random part is incremented so ids made by this process stay in order.
 */
export function newId(kind: ResourceKind): string {
  return `${ID_PREFIXES[kind]}_${monotonicUlid(Date.now())}`;
}

/**
 * The same id for the same seed, every time: `run_` + base32 of a sha256
 * prefix. For resources whose identity is a business fact (one run per flow
 * and business key), so concurrent writers converge on one row. Such ids do
 * not sort by creation time.
 */
export function derivedId(kind: ResourceKind, seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  // 26 base32 characters carry 130 bits; 17 bytes give 136, the top 6 are dropped.
  const bits = BigInt(`0x${digest.subarray(0, 17).toString('hex')}`) >> 6n;
  return `${ID_PREFIXES[kind]}_${encodeBase32(bits, SUFFIX_LENGTH)}`;
}

export function isResourceId(kind: ResourceKind, value: string): boolean {
  return idPattern(kind).test(value);
}

export function idPattern(kind: ResourceKind): RegExp {
  return new RegExp(`^${ID_PREFIXES[kind]}_[${ALPHABET}]{${SUFFIX_LENGTH}}$`);
}

let lastTime = -1;
let lastRandom = 0n;

function monotonicUlid(now: number): string {
  if (now <= lastTime) {
    lastRandom = (lastRandom + 1n) & ((1n << 80n) - 1n);
  } else {
    lastTime = now;
    lastRandom = BigInt(`0x${randomBytes(10).toString('hex')}`);
  }
  return encodeBase32(BigInt(lastTime), 10) + encodeBase32(lastRandom, 16);
}

function encodeBase32(value: bigint, length: number): string {
  let out = '';
  let rest = value;
  for (let i = 0; i < length; i += 1) {
    out = ALPHABET[Number(rest & 31n)] + out;
    rest >>= 5n;
  }
  return out;
}
