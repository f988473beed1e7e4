import { createHmac } from 'node:crypto';
import { secret } from '@tributary/connector-sdk';
import { z } from 'zod';

/**
 * Outgoing webhooks are signed as the Standard Webhooks spec says
 * (https://www.standardwebhooks.com): HMAC-SHA256 over `${id}.${timestamp}.${body}`
 * with the base64-decoded part of a `whsec_…` secret, sent as `webhook-signature: v1,<base64>`.
 */

const SECRET_PREFIX = 'whsec_';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** The spec asks for 24 to 64 random bytes. */
const MIN_KEY_BYTES = 24;
const MAX_KEY_BYTES = 64;

export const WebhookOutAuth = z.object({
  signingSecret: secret(
    z.string().refine(isStandardWebhookSecret, {
      // Says what is wrong without echoing the value.
      message: `must be "${SECRET_PREFIX}" followed by ${MIN_KEY_BYTES}–${MAX_KEY_BYTES} base64-encoded bytes`,
    }),
  ).describe('Standard Webhooks signing secret, e.g. whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'),
});
export type WebhookOutAuth = z.output<typeof WebhookOutAuth>;

export interface WebhookToSign {
  id: string;
  /** Unix seconds, as sent in `webhook-timestamp` */
  timestamp: number;
  /** the exact body bytes sent */
  body: string;
}

/** What a secret adds to each delivery, plus what must never show up in errors and logs. */
export interface AppliedWebhookAuth {
  headers: Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string>;
  secrets: string[];
}

/**
 * The three Standard Webhooks headers for one delivery.
 *
 * @example
 * signWebhook({ signingSecret: 'whsec_…' }, { id: 'msg_1', timestamp: 1700000000, body: '{"type":"a"}' }).headers;
 * // { 'webhook-id': 'msg_1', 'webhook-timestamp': '1700000000', 'webhook-signature': 'v1,K5oZ…' }
 */
export function signWebhook(auth: WebhookOutAuth, webhook: WebhookToSign): AppliedWebhookAuth {
  const encodedKey = auth.signingSecret.slice(SECRET_PREFIX.length);
  const signature = createHmac('sha256', Buffer.from(encodedKey, 'base64'))
    .update(`${webhook.id}.${webhook.timestamp}.${webhook.body}`)
    .digest('base64');
  return {
    headers: {
      'webhook-id': webhook.id,
      'webhook-timestamp': String(webhook.timestamp),
      'webhook-signature': `v1,${signature}`,
    },
    secrets: [auth.signingSecret, encodedKey],
  };
}

function isStandardWebhookSecret(value: string): boolean {
  if (!value.startsWith(SECRET_PREFIX)) return false;
  const encoded = value.slice(SECRET_PREFIX.length);
  if (!BASE64.test(encoded) || encoded.length % 4 !== 0) return false;
  const bytes = Buffer.from(encoded, 'base64').length;
  return bytes >= MIN_KEY_BYTES && bytes <= MAX_KEY_BYTES;
}
