import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { AmqpAuth } from '../auth';
import { publishConfirmed, withConfirmChannel } from '../client';
import { encodeMessage, MessageFields } from '../outgoing-message';

export const SendToQueueInput = z.strictObject({
  queue: z.string().min(1).max(255),
  assertQueue: z
    .boolean()
    .default(false)
    .describe('Declare the queue (durable) first if it does not exist; an existing queue must be durable too'),
  ...MessageFields,
});
export type SendToQueueInput = z.input<typeof SendToQueueInput>;

export const SendToQueueOutput = z.object({
  queue: z.string(),
  messageId: z.string(),
});
export type SendToQueueOutput = z.output<typeof SendToQueueOutput>;

export const sendToQueue = defineAction({
  name: 'sendToQueue',
  displayName: 'Send message to queue',
  description: 'Sends one message straight to a queue (default exchange) and waits until the broker confirms it.',
  auth: AmqpAuth,
  input: SendToQueueInput,
  output: SendToQueueOutput,
  async run(ctx, input) {
    const message = encodeMessage(input, ctx.idempotencyKey);
    await withConfirmChannel(
      ctx.auth,
      { timeoutMs: input.timeoutMs, signal: ctx.signal, logger: ctx.logger },
      async (channel) => {
        if (input.assertQueue) await channel.assertQueue(input.queue, { durable: true });
        await publishConfirmed(channel, { exchange: '', routingKey: input.queue, ...message });
      },
    );
    ctx.logger.info('amqp: sent to queue', { queue: input.queue, messageId: message.messageId });
    return { queue: input.queue, messageId: message.messageId };
  },
});
