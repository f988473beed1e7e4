import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { MqttAuth } from '../auth';
import { withMqttClient } from '../client';

/** A topic name to publish to: UTF-8, no wildcards, no NUL (MQTT 3.1.1 §4.7). */
const TopicName = z
  .string()
  .min(1)
  .max(65_535)
  .refine((topic) => !/[+#]/.test(topic), 'must not contain the wildcards "+" or "#"')
  .refine((topic) => !topic.includes('\u0000'), 'must not contain the NUL character')
  .describe('e.g. plant/ham-01/work-orders');

export const PublishMessageInput = z.strictObject({
  topic: TopicName,
  payload: z.json().describe('A string is sent as is; any other JSON value is sent as JSON text'),
  qos: z
    .union([z.literal(0), z.literal(1), z.literal(2)])
    .default(1)
    .describe('0 at most once, 1 at least once, 2 exactly once; 1 and 2 wait for the broker to confirm'),
  retain: z.boolean().default(false).describe('The broker keeps the message for future subscribers of the topic'),
  timeoutMs: z.number().int().positive().max(600_000).default(10_000).describe('Connecting and publishing together'),
});
export type PublishMessageInput = z.input<typeof PublishMessageInput>;

export const PublishMessageOutput = z.object({
  topic: z.string(),
  qos: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  messageId: z.number().int().optional().describe('The packet identifier the broker confirmed (QoS 1 and 2)'),
});
export type PublishMessageOutput = z.output<typeof PublishMessageOutput>;

export const publishMessage = defineAction({
  name: 'publish',
  displayName: 'Publish message',
  description: 'Publishes one message to an MQTT topic and, for QoS 1 and 2, waits until the broker has it.',
  auth: MqttAuth,
  input: PublishMessageInput,
  output: PublishMessageOutput,
  async run(ctx, input) {
    const payload = typeof input.payload === 'string' ? input.payload : JSON.stringify(input.payload);
    const packet = await withMqttClient(
      ctx.auth,
      { timeoutMs: input.timeoutMs, signal: ctx.signal, logger: ctx.logger },
      (client) => client.publishAsync(input.topic, payload, { qos: input.qos, retain: input.retain }),
    );
    ctx.logger.info('mqtt: published', { topic: input.topic, qos: input.qos, bytes: Buffer.byteLength(payload) });
    return { topic: input.topic, qos: input.qos, messageId: packet?.messageId };
  },
});
