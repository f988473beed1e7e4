import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Verifying inbound webhooks, so a trigger only starts runs for requests the
 * partner really sent. Two schemes: Standard Webhooks (webhook-id,
 * webhook-timestamp, webhook-signature; what the `webhook-out` connector
 * sends) and the plain HMAC-of-the-body most ERPs and SaaS tools use.
 * Both compare in constant time and need the raw body bytes: re-serialised
 * JSON would not match.
 */

export type WebhookVerification = { valid: true; messageId?: string } | { valid: false; reason: string };

export interface StandardWebhookRequest {
  /** "whsec_<base64>" */
  secret: string;
  headers: Record<string, string | string[] | undefined>;
  body: string | Uint8Array;
  /** how far the timestamp may be from now; 5 minutes by default, as the spec recommends */
  toleranceSeconds?: number;
  now?: Date;
}

/**
 * Checks a request signed per https://www.standardwebhooks.com. Replay
 * protection beyond the timestamp window is the caller's: remember the
 * returned `messageId` for the window and refuse it a second time.
 *
 * @example
 * const check = verifyStandardWebhook({ secret: trigger.secret, headers: req.headers, body: rawBody });
 * if (!check.valid) return reply.status(401).send({ detail: check.reason });
 */
export function verifyStandardWebhook(request: StandardWebhookRequest): WebhookVerification {
  const id = header(request.headers, 'webhook-id');
  const timestamp = header(request.headers, 'webhook-timestamp');
  const signatures = header(request.headers, 'webhook-signature');
  if (!id || !timestamp || !signatures) {
    return { valid: false, reason: 'missing webhook-id, webhook-timestamp or webhook-signature header' };
  }
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds)) return { valid: false, reason: 'webhook-timestamp is not whole seconds' };
  const now = Math.floor((request.now ?? new Date()).getTime() / 1000);
  const tolerance = request.toleranceSeconds ?? 300;
  if (Math.abs(now - seconds) > tolerance) {
    return { valid: false, reason: `webhook-timestamp is more than ${tolerance} s from now` };
  }
  const key = standardWebhookKey(request.secret);
  if (!key) return { valid: false, reason: 'the signing secret is not "whsec_" followed by base64' };
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(toBuffer(request.body)).digest();
  // The header may list several signatures (secret rotation): any v1 match counts.
  for (const entry of signatures.split(' ')) {
    const [version, value] = entry.split(',', 2);
    if (version === 'v1' && value && sameBytes(expected, Buffer.from(value, 'base64'))) {
      return { valid: true, messageId: id };
    }
  }
  return { valid: false, reason: 'no signature matches' };
}

export interface HmacSignatureRequest {
  secret: string;
  body: string | Uint8Array;
  /** the header value, e.g. "sha256=9f86d0…" */
  signature: string | undefined;
  algorithm?: 'sha256' | 'sha512' | 'sha1';
  encoding?: 'hex' | 'base64';
  /** text before the digest in the header, e.g. "sha256=" (GitHub style) */
  prefix?: string;
}

/**
 * Checks an HMAC of the raw body, the scheme of GitHub, Shopify and many ERPs.
 *
 * @example
 * verifyHmacSignature({ secret, body: rawBody, signature: req.headers['x-hub-signature-256'], prefix: 'sha256=' });
 */
export function verifyHmacSignature(request: HmacSignatureRequest): WebhookVerification {
  const prefix = request.prefix ?? '';
  if (!request.signature) return { valid: false, reason: 'no signature header' };
  if (!request.signature.startsWith(prefix))
    return { valid: false, reason: `signature does not start with "${prefix}"` };
  const encoding = request.encoding ?? 'hex';
  const expected = createHmac(request.algorithm ?? 'sha256', request.secret)
    .update(toBuffer(request.body))
    .digest();
  const given = Buffer.from(request.signature.slice(prefix.length), encoding);
  return sameBytes(expected, given) ? { valid: true } : { valid: false, reason: 'signature does not match' };
}

function standardWebhookKey(secret: string): Buffer | null {
  const encoded = secret.startsWith('whsec_') ? secret.slice('whsec_'.length) : null;
  if (!encoded || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return null;
  return Buffer.from(encoded, 'base64');
}

function header(headers: StandardWebhookRequest['headers'], name: string): string | undefined {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function toBuffer(body: string | Uint8Array): Buffer {
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
