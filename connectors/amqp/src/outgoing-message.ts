import type { Options } from 'amqplib';
import { z } from 'zod';

/**
 * The message fields `publish` and `sendToQueue` share: one shape, spread into
 * both actions' inputs, and one encoding.
 */
export const MessageFields = {
  payload: z.json().describe('JSON content types get JSON text; otherwise a string is sent as is'),
  contentType: z.string().min(1).max(255).default('application/json'),
  persistent: z.boolean().default(true).describe('Survives a broker restart when the queue is durable'),
  headers: z.record(z.string().min(1), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  messageId: z
    .string()
    .min(1)
    .max(255)
    .optional()
    .describe("Defaults to the step's idempotency key, stable across retries, so consumers can deduplicate"),
  mandatory: z
    .boolean()
    .default(true)
    .describe('Fail the step when no queue receives the message instead of letting the broker drop it'),
  timeoutMs: z.number().int().positive().max(600_000).default(10_000).describe('Connecting and publishing together'),
};

type MessageInput = z.output<z.ZodObject<typeof MessageFields>>;

export interface EncodedMessage {
  content: Buffer;
  messageId: string;
  options: Options.Publish;
}

/**
 * Turns step input into message content and properties.
 *
 * @example
 * encodeMessage({ payload: { a: 1 }, contentType: 'application/json', … }, 'run_1:step_2').content; // '{"a":1}'
 */
export function encodeMessage(input: MessageInput, idempotencyKey: string): EncodedMessage {
  const isJson = /^application\/([\w.-]+\+)?json\b/i.test(input.contentType);
  const text = !isJson && typeof input.payload === 'string' ? input.payload : JSON.stringify(input.payload);
  const messageId = input.messageId ?? idempotencyKey;
  return {
    content: Buffer.from(text, 'utf8'),
    messageId,
    options: {
      contentType: input.contentType,
      persistent: input.persistent,
      ...(input.headers === undefined ? {} : { headers: input.headers }),
      messageId,
      mandatory: input.mandatory,
      timestamp: Math.floor(Date.now() / 1000),
      appId: 'tributary',
    },
  };
}
