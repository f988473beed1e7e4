import { createHash } from 'node:crypto';
import { z } from 'zod';

export const PayloadFormat = z
  .enum(['json', 'text', 'base64'])
  .describe(
    'How to read message bodies: JSON (falls back to text, then base64, if a body is not JSON), UTF-8 text, or base64',
  );
export type PayloadFormat = z.output<typeof PayloadFormat>;

/** A message as a flow sees it in `$trigger`; nothing time-dependent, so a redelivery looks the same. */
export const MqttMessagePayload = z.object({
  topic: z.string(),
  payload: z.json().describe('The body, read as `format` says'),
  format: PayloadFormat.describe('How `payload` was read: "json" only if the body parsed as JSON'),
  qos: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  retain: z.boolean().describe('Delivered from the broker’s retained message on subscribing'),
  contentType: z.string().optional().describe('MQTT 5 content type, when the publisher set one'),
  userProperties: z
    .record(z.string(), z.union([z.string(), z.array(z.string())]))
    .optional()
    .describe('MQTT 5 user properties, when the publisher set some'),
});
export type MqttMessagePayload = z.input<typeof MqttMessagePayload>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a body in the configured format. A body that is not what `json` or
 * `text` expects is not an error: a poison message would otherwise block the
 * session forever (it is redelivered until acknowledged). It arrives with the
 * format it could be read in, and the flow can branch on `format`.
 */
export function readBody(body: Buffer, format: PayloadFormat): Pick<MqttMessagePayload, 'payload' | 'format'> {
  if (format === 'base64') return { payload: body.toString('base64'), format };
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { payload: body.toString('base64'), format: 'base64' };
  }
  if (format === 'json') {
    try {
      return { payload: z.json().parse(JSON.parse(text)), format: 'json' };
    } catch {
      // not JSON: fall through to text
    }
  }
  return { payload: text, format: 'text' };
}

/**
 * MQTT has no message id that survives a redelivery (the packet id is per
 * connection), so the event id is a hash of topic and body: a redelivered
 * message gets the same id, and so does an identical message published again.
 */
export function contentId(topic: string, body: Buffer): string {
  return `sha256:${createHash('sha256').update(topic).update('\u0000').update(body).digest('hex')}`;
}
