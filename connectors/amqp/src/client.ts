import { NonRetryableError, RetryableError, type ConnectorLogger, untilAborted } from '@tributary/connector-sdk';
import amqp, { type ChannelModel, type ConfirmChannel, type Options } from 'amqplib';
import type { AmqpAuth } from './auth';

export interface AmqpSessionOptions {
  /** bounds connecting and the work done on the channel together */
  timeoutMs: number;
  signal?: AbortSignal;
  logger: ConnectorLogger;
}

/** What to publish, with the options amqplib takes. */
export interface OutgoingMessage {
  exchange: string;
  routingKey: string;
  content: Buffer;
  options: Options.Publish;
}

/**
 * Opens a connection and a confirm channel, hands the channel to `use`, and
 * closes the connection afterwards whatever happened. One short-lived
 * connection per call: Temporal retries attempts, so nothing is kept between them.
 * Failures become connector errors (refused / timed out → retryable, refused
 * login → non-retryable); a cancellation rethrows the signal's reason.
 *
 * @example
 * await withConfirmChannel(ctx.auth, { timeoutMs: 10_000, logger: ctx.logger }, (channel) =>
 *   publishConfirmed(channel, { exchange: 'plant', routingKey: 'ham-01.work-orders', content, options: {} }),
 * );
 */
export async function withConfirmChannel<T>(
  auth: AmqpAuth,
  options: AmqpSessionOptions,
  use: (channel: ConfirmChannel) => Promise<T>,
): Promise<T> {
  const broker = describeBroker(auth.url);
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const stop = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  options.logger.debug('amqp: connecting', { broker, username: auth.username });

  const connecting = amqp.connect(connectOptions(auth), { timeout: options.timeoutMs }).catch((error: unknown) => {
    throw connectFailure(error, broker, auth.username);
  });
  let connection: ChannelModel;
  try {
    connection = await untilStopped(connecting, stop, options, broker, 'connecting');
  } catch (error) {
    // A connection that opens after we gave up must not linger.
    connecting.then((late) => late.close().catch(() => undefined)).catch(() => undefined);
    throw error;
  }
  // Without listeners these events would crash the worker; the failures also reach the calls below.
  connection.on('error', (error: Error) =>
    options.logger.warn('amqp: connection error', { broker, error: error.message }),
  );
  try {
    return await untilStopped(onConfirmChannel(connection, broker, use), stop, options, broker, 'publishing');
  } finally {
    await connection.close().catch(() => undefined);
  }
}

async function onConfirmChannel<T>(
  connection: ChannelModel,
  broker: string,
  use: (channel: ConfirmChannel) => Promise<T>,
): Promise<T> {
  const channel = await connection.createConfirmChannel();
  // A channel the broker closes (missing exchange, denied access) fails whatever `use` is waiting for.
  const channelFailed = new Promise<never>((_resolve, reject) => {
    channel.on('error', (error: Error) => reject(channelFailure(error, broker)));
    channel.on('close', () =>
      reject(new RetryableError(`RabbitMQ at ${broker} closed the channel`, { code: 'CHANNEL_CLOSED' })),
    );
  });
  return Promise.race([use(channel), channelFailed]);
}

/**
 * Publishes one message on a confirm channel and resolves once the broker has
 * taken responsibility for it. With `mandatory`, a message no queue receives
 * comes back (basic.return, which RabbitMQ sends before the ack) and fails.
 */
export function publishConfirmed(channel: ConfirmChannel, message: OutgoingMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    let returned = false;
    const onReturn = (): void => void (returned = true);
    channel.on('return', onReturn);
    channel.publish(message.exchange, message.routingKey, message.content, message.options, (error: unknown) => {
      channel.off('return', onReturn);
      const target = describeTarget(message);
      if (error)
        reject(new RetryableError(`RabbitMQ did not accept the message for ${target} (nack)`, { code: 'NACKED' }));
      else if (returned)
        reject(new NonRetryableError(`No queue is bound to receive the message for ${target}`, { code: 'UNROUTABLE' }));
      else resolve();
    });
  });
}

function describeTarget({ exchange, routingKey }: OutgoingMessage): string {
  return exchange === '' ? `queue "${routingKey}"` : `exchange "${exchange}" with routing key "${routingKey}"`;
}

export function connectOptions(auth: AmqpAuth): Options.Connect {
  const url = new URL(auth.url);
  const protocol = url.protocol === 'amqps:' ? 'amqps' : 'amqp';
  return {
    protocol,
    hostname: url.hostname,
    port: url.port === '' ? (protocol === 'amqps' ? 5671 : 5672) : Number(url.port),
    username: auth.username,
    password: auth.password,
    vhost: url.pathname.slice(1), // still URL-encoded: amqplib decodes it ("" → "/")
  };
}

/** Scheme, host, port and vhost: what messages may say about the broker. */
export function describeBroker(url: string): string {
  const { protocol, host, pathname } = new URL(url);
  return `${protocol}//${host}${pathname === '' ? '/' : pathname}`;
}

export function connectFailure(error: unknown, broker: string, username: string): unknown {
  if (!(error instanceof Error)) return error;
  const code = 'code' in error ? String(error.code) : '';
  if (/ACCESS.REFUSED/.test(error.message)) {
    return new NonRetryableError(
      `RabbitMQ at ${broker} refused the login of user "${username}" (ACCESS_REFUSED): check the username and password`,
      { code: 'ACCESS_REFUSED' },
    );
  }
  if (/NOT.ALLOWED/.test(error.message)) {
    return new NonRetryableError(
      `RabbitMQ at ${broker} does not let user "${username}" use this virtual host (NOT_ALLOWED)`,
      { code: 'VHOST_NOT_ALLOWED' },
    );
  }
  if (/CERT|TLS|SSL/.test(code)) {
    return new NonRetryableError(`TLS handshake with RabbitMQ at ${broker} failed: ${error.message}`, {
      code: 'TLS_FAILED',
    });
  }
  // Refused, reset, unreachable, DNS: all may pass, so Temporal should try again.
  return new RetryableError(`Could not connect to RabbitMQ at ${broker}: ${error.message}`, {
    code: 'CONNECTION_FAILED',
    details: { cause: code || error.name },
  });
}

/** AMQP reply codes a channel closes with that no retry will fix. */
const PERMANENT_REPLY_CODES = new Set([403, 404, 405, 406]);

export function channelFailure(error: Error, broker: string): Error {
  const replyCode = 'code' in error && typeof error.code === 'number' ? error.code : undefined;
  // amqplib: 'Channel closed by server: 404 (NOT-FOUND) with message "NOT_FOUND - no exchange …"'
  const serverText = /with message "(.*)"$/.exec(error.message)?.[1] ?? error.message;
  const message = `RabbitMQ at ${broker} rejected the operation: ${serverText}`;
  const details = { replyCode };
  return replyCode !== undefined && PERMANENT_REPLY_CODES.has(replyCode)
    ? new NonRetryableError(message, { code: replyCode === 404 ? 'NOT_FOUND' : 'CHANNEL_ERROR', details })
    : new RetryableError(message, { code: 'CHANNEL_ERROR', details });
}

/** The caller's cancellation reason, or a retryable timeout naming what was going on. */
function untilStopped<T>(
  work: Promise<T>,
  stop: AbortSignal,
  options: AmqpSessionOptions,
  broker: string,
  doing: string,
) {
  return untilAborted(work, stop, () =>
    options.signal?.aborted
      ? options.signal.reason
      : new RetryableError(`RabbitMQ at ${broker}: timed out after ${options.timeoutMs} ms ${doing}`, {
          code: 'TIMEOUT',
        }),
  );
}
