import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { AmqpAuth } from '../auth';
import { publishConfirmed, withConfirmChannel } from '../client';
import { encodeMessage, MessageFields } from '../outgoing-message';

export const PublishMessageInput = z.strictObject({
  exchange: z.string().max(255).default('').describe('Empty for the default exchange (routing key = queue name)'),
  routingKey: z.string().max(255).describe('e.g. plant.ham-01.work-orders'),
  ...MessageFields,
});
export type PublishMessageInput = z.input<typeof PublishMessageInput>;

export const PublishMessageOutput = z.object({
  exchange: z.string(),
  routingKey: z.string(),
  messageId: z.string(),
});
export type PublishMessageOutput = z.output<typeof PublishMessageOutput>;

export const publishMessage = defineAction({
  name: 'publish',
  displayName: 'Publish message',
  description: 'Publishes one message to an exchange and waits until the broker confirms it.',
  auth: AmqpAuth,
  input: PublishMessageInput,
  output: PublishMessageOutput,
  async run(ctx, input) {
    const message = encodeMessage(input, ctx.idempotencyKey);
    await withConfirmChannel(
      ctx.auth,
      { timeoutMs: input.timeoutMs, signal: ctx.signal, logger: ctx.logger },
      (channel) => publishConfirmed(channel, { exchange: input.exchange, routingKey: input.routingKey, ...message }),
    );
    ctx.logger.info('amqp: published', {
      exchange: input.exchange,
      routingKey: input.routingKey,
      messageId: message.messageId,
    });
    return { exchange: input.exchange, routingKey: input.routingKey, messageId: message.messageId };
  },
});
