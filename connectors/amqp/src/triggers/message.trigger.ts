import {
  defineTrigger,
  RetryableError,
  type TriggerContext,
  type TriggerEvent,
  MessageBodyFormat,
  readMessageBody,
} from '@tributary/connector-sdk';
import amqp, { type Channel, type ChannelModel, type ConsumeMessage } from 'amqplib';
import { z } from 'zod';
import { AmqpAuth } from '../auth';
import { channelFailure, connectFailure, connectOptions, describeBroker } from '../client';
import { jsonSafeHeaders } from './message-headers';

const QueueName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !name.startsWith('amq.'), 'must not start with "amq." (reserved by the broker)')
  .describe('Queue to consume; declared durable when it does not exist');

export const MessageInput = z.strictObject({
  queue: QueueName,
  bindings: z
    .array(
      z.strictObject({
        exchange: z.string().min(1).max(255).describe('Exchange to bind the queue to (must exist)'),
        routingKey: z.string().max(255).default('').describe('Routing key or pattern, e.g. plant.*.alarm'),
      }),
    )
    .max(50)
    .optional()
    .describe('Bindings the queue gets, in addition to the ones it has'),
  prefetch: z
    .number()
    .int()
    .min(1)
    .max(65_535)
    .default(20)
    .describe('Unacknowledged messages at most, i.e. runs being started at once (back-pressure)'),
  payloadFormat: MessageBodyFormat.default('json'),
});
export type MessageInput = z.input<typeof MessageInput>;

/** A message as a flow sees it in `$trigger`; no delivery details, so a redelivery looks the same. */
export const AmqpMessagePayload = z.object({
  exchange: z.string().describe('Exchange it was published to ("" for the default exchange)'),
  routingKey: z.string(),
  payload: z.json().describe('The body, read as `format` says'),
  format: MessageBodyFormat.describe('How `payload` was read: "json" only if the body parsed as JSON'),
  contentType: z.string().optional(),
  messageId: z.string().optional(),
  correlationId: z.string().optional(),
  type: z.string().optional(),
  appId: z.string().optional(),
  timestamp: z.string().optional().describe('Publisher timestamp property, ISO 8601'),
  headers: z.record(z.string(), z.json()).optional(),
});
export type AmqpMessagePayload = z.input<typeof AmqpMessagePayload>;

/**
 * Consumes a durable queue with manual acknowledgements: each message is
 * acknowledged only after `emit` resolved, and at most `prefetch` messages are
 * unacknowledged at once. A failed `emit` requeues its message (nack) and fails
 * the subscription; messages still being emitted when the subscription ends are
 * requeued by the broker when the connection closes.
 */
export const message = defineTrigger({
  type: 'subscription',
  name: 'message',
  displayName: 'Message received',
  description:
    'Starts a run for each message of a durable queue, acknowledged only once the run started (at-least-once).',
  auth: AmqpAuth,
  input: MessageInput,
  payload: AmqpMessagePayload,
  async subscribe(ctx, input, { emit }) {
    const broker = describeBroker(ctx.auth.url);
    if (ctx.signal.aborted) return;
    const connection = await amqp
      .connect(connectOptions(ctx.auth), { timeout: 30_000 })
      .catch((error: unknown) => Promise.reject(connectFailure(error, broker, ctx.auth.username)));
    connection.on('error', (error: Error) =>
      ctx.logger.warn('amqp: connection error', { broker, error: error.message }),
    );
    try {
      const channel = await connection.createChannel();
      const ready = prepareQueue(connection, channel, input).catch((error: Error) =>
        Promise.reject(channelFailure(error, broker)),
      );
      channel.on('error', () => undefined); // reported by the call that caused it, or by `close` below
      await ready;
      await consume(ctx, input, connection, channel, broker, emit);
    } finally {
      await connection.close().catch(() => undefined);
    }
  },
});

/** Declares the queue when it is missing (an existing one is used as it is, whatever its arguments) and binds it. */
async function prepareQueue(connection: ChannelModel, channel: Channel, input: Input): Promise<void> {
  // A passive check closes its channel when the queue is missing, so it gets a channel of its own.
  const probe = await connection.createChannel();
  probe.on('error', () => undefined);
  const exists = await probe.checkQueue(input.queue).then(
    () => true,
    (error: { code?: unknown }) => (error.code === 404 ? false : Promise.reject(error)),
  );
  if (exists) await probe.close().catch(() => undefined);
  else await channel.assertQueue(input.queue, { durable: true });
  for (const binding of input.bindings ?? [])
    await channel.bindQueue(input.queue, binding.exchange, binding.routingKey);
  await channel.prefetch(input.prefetch);
}

type Input = z.output<typeof MessageInput>;

function consume(
  ctx: TriggerContext<AmqpAuth>,
  input: Input,
  connection: ChannelModel,
  channel: Channel,
  broker: string,
  emit: (event: TriggerEvent<AmqpMessagePayload>) => Promise<void>,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let finished = false;
    const finish = (error?: unknown): void => {
      if (finished) return;
      finished = true;
      ctx.signal.removeEventListener('abort', onAbort);
      // The caller closes the connection; the broker requeues every message not acknowledged by then.
      if (error === undefined) resolve();
      else reject(error);
    };
    const onAbort = (): void => {
      ctx.logger.info('amqp: subscription stopped', { broker, queue: input.queue });
      finish();
    };
    ctx.signal.addEventListener('abort', onAbort, { once: true });

    const lost = (): void =>
      finish(new RetryableError(`Connection to RabbitMQ at ${broker} was lost`, { code: 'CONNECTION_LOST' }));
    connection.on('close', lost);
    channel.on('error', (error: Error) => finish(channelFailure(error, broker)));
    channel.on('close', () =>
      finish(new RetryableError(`RabbitMQ at ${broker} closed the channel`, { code: 'CHANNEL_CLOSED' })),
    );

    const onMessage = (delivery: ConsumeMessage | null): void => {
      if (delivery === null) {
        finish(
          new RetryableError(`RabbitMQ at ${broker} cancelled the consumer of "${input.queue}" (queue deleted?)`, {
            code: 'CONSUMER_CANCELLED',
          }),
        );
        return;
      }
      emit(toEvent(delivery, input)).then(
        () => {
          if (finished) return;
          channel.ack(delivery);
          ctx.heartbeat();
        },
        (error: unknown) => {
          if (!finished) channel.nack(delivery, false, true);
          finish(error ?? new Error('emit failed'));
        },
      );
    };
    channel.consume(input.queue, onMessage, { noAck: false }).then(
      ({ consumerTag }) => ctx.logger.info('amqp: subscribed', { broker, queue: input.queue, consumerTag }),
      (error: Error) => finish(channelFailure(error, broker)),
    );
  });
}

function toEvent(delivery: ConsumeMessage, input: Input): TriggerEvent<AmqpMessagePayload> {
  const { properties, fields } = delivery;
  const payload: AmqpMessagePayload = {
    exchange: fields.exchange,
    routingKey: fields.routingKey,
    ...readMessageBody(delivery.content, input.payloadFormat),
    contentType: nonEmpty(properties.contentType),
    messageId: nonEmpty(properties.messageId),
    correlationId: nonEmpty(properties.correlationId),
    type: nonEmpty(properties.type),
    appId: nonEmpty(properties.appId),
    timestamp:
      typeof properties.timestamp === 'number' ? new Date(properties.timestamp * 1000).toISOString() : undefined,
    headers:
      properties.headers === undefined || Object.keys(properties.headers).length === 0
        ? undefined
        : jsonSafeHeaders(properties.headers),
  };
  // Properties the publisher did not set are left out, so the payload (and its hash) is only what was sent.
  for (const key of Object.keys(payload) as (keyof AmqpMessagePayload)[]) {
    if (payload[key] === undefined) delete payload[key];
  }
  // Without a message id the platform identifies the event by a hash of the payload.
  const messageId: unknown = properties.messageId;
  return typeof messageId === 'string' && messageId !== '' ? { id: messageId, payload } : { payload };
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
