import { createHttpClient, defineAction, NonRetryableError } from '@tributary/connector-sdk';
import { z } from 'zod';
import { signWebhook, WebhookOutAuth } from '../auth';

/** Printable ASCII without spaces: safe in a header and unambiguous in the signed `${id}.${timestamp}.${body}`. */
const MessageId = z.string().regex(/^[\x21-\x7e]{1,255}$/, 'must be 1–255 printable ASCII characters without spaces');

export const SendWebhookInput = z.strictObject({
  url: z.url({ protocol: /^https?$/ }).describe('The receiver’s endpoint'),
  eventType: z.string().min(1).max(255).describe('Sent as `type`, e.g. invoice.paid'),
  payload: z.record(z.string(), z.unknown()).describe('Sent as `data`'),
  messageId: MessageId.optional().describe(
    'The webhook-id receivers deduplicate by; defaults to the step’s idempotency key, so retries reuse it',
  ),
  timeoutMs: z.number().int().positive().max(600_000).default(30_000).describe('Per attempt'),
});
export type SendWebhookInput = z.input<typeof SendWebhookInput>;

export const SendWebhookOutput = z.object({
  status: z.number().int(),
  messageId: z.string(),
});
export type SendWebhookOutput = z.output<typeof SendWebhookOutput>;

export const sendWebhook = defineAction({
  name: 'send',
  displayName: 'Send signed webhook',
  description:
    'POSTs an event signed per Standard Webhooks; retries briefly on 429 and 502–504, fails on other 4xx and on redirects.',
  auth: WebhookOutAuth,
  input: SendWebhookInput,
  output: SendWebhookOutput,
  async run(ctx, input) {
    const messageId = input.messageId ?? ctx.idempotencyKey;
    const now = new Date();
    const body = JSON.stringify({ type: input.eventType, timestamp: now.toISOString(), data: input.payload });
    const signed = signWebhook(ctx.auth, { id: messageId, timestamp: Math.floor(now.getTime() / 1000), body });
    const client = createHttpClient({
      logger: ctx.logger,
      signal: ctx.signal,
      throttle: ctx.throttle,
      secrets: signed.secrets,
    });
    const response = await client.request({
      method: 'POST',
      url: input.url,
      // `body`, not `json`: the bytes sent must be exactly the bytes signed.
      headers: { 'content-type': 'application/json', ...signed.headers },
      body,
      timeoutMs: input.timeoutMs,
    });
    // The spec counts only 2xx as delivered; redirects are not followed, since they could hand the payload elsewhere.
    if (response.status >= 300) {
      throw new NonRetryableError(
        `POST ${response.url} → ${response.status} ${response.statusText}: webhook receivers must answer 2xx, redirects are not followed`,
        { code: 'WEBHOOK_REDIRECTED', details: { status: response.status, url: response.url, messageId } },
      );
    }
    return { status: response.status, messageId };
  },
});
