import { createHash } from 'node:crypto';
import { MessageBodyFormat } from '@tributary/connector-sdk';
import { z } from 'zod';

/** A message as a flow sees it in `$trigger`; nothing time-dependent, so a redelivery looks the same. */
export const MqttMessagePayload = z.object({
  topic: z.string(),
  payload: z.json().describe('The body, read as `format` says'),
  format: MessageBodyFormat.describe('How `payload` was read: "json" only if the body parsed as JSON'),
  qos: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  retain: z.boolean().describe('Delivered from the broker’s retained message on subscribing'),
  contentType: z.string().optional().describe('MQTT 5 content type, when the publisher set one'),
  userProperties: z
    .record(z.string(), z.union([z.string(), z.array(z.string())]))
    .optional()
    .describe('MQTT 5 user properties, when the publisher set some'),
});
export type MqttMessagePayload = z.input<typeof MqttMessagePayload>;

/**
 * MQTT has no message id that survives a redelivery (the packet id is per
 * connection), so the event id is a hash of topic and body: a redelivered
 * message gets the same id, and so does an identical message published again.
 */
export function contentId(topic: string, body: Buffer): string {
  return `sha256:${createHash('sha256').update(topic).update('\u0000').update(body).digest('hex')}`;
}
