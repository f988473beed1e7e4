import { randomBytes } from 'node:crypto';
import { NonRetryableError, RetryableError, type ConnectorLogger, untilAborted } from '@tributary/connector-sdk';
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt';
import type { MqttAuth } from './auth';

export interface MqttSessionOptions {
  /** bounds connecting and the work done with the client together */
  timeoutMs: number;
  signal?: AbortSignal;
  logger: ConnectorLogger;
}

/**
 * Connects to the broker, hands the connected client to `use`, and disconnects
 * afterwards whatever happened. One short-lived connection per call: a step
 * publishes rarely enough that a pooled connection is not worth its state.
 * Connection failures become connector errors (refused / timed out → retryable,
 * rejected credentials → non-retryable); a cancellation rethrows the signal's reason.
 *
 * @example
 * await withMqttClient(ctx.auth, { timeoutMs: 10_000, signal: ctx.signal, logger: ctx.logger }, (client) =>
 *   client.publishAsync('plant/ham-01/status', 'up', { qos: 1 }),
 * );
 */
export async function withMqttClient<T>(
  auth: MqttAuth,
  options: MqttSessionOptions,
  use: (client: MqttClient) => Promise<T>,
): Promise<T> {
  const broker = describeBroker(auth.url);
  const deadline = AbortSignal.timeout(options.timeoutMs);
  const stop = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  const client = mqtt.connect(auth.url, clientOptions(auth, options.timeoutMs));
  let failed = true;
  try {
    options.logger.debug('mqtt: connecting', { broker, clientId: client.options.clientId });
    await untilStopped(connected(client, broker), stop, options, broker, 'connecting');
    const result = await untilStopped(
      Promise.race([use(client), closed(client, broker)]),
      stop,
      options,
      broker,
      'waiting for the broker',
    );
    failed = false;
    return result;
  } finally {
    // A clean DISCONNECT after success; after a failure the socket is simply dropped.
    await new Promise<void>((resolve) => client.end(failed, {}, () => resolve()));
  }
}

function clientOptions(auth: MqttAuth, timeoutMs: number): IClientOptions {
  return {
    clientId: `${auth.clientIdPrefix}-${randomBytes(6).toString('hex')}`,
    username: auth.username,
    password: auth.password,
    ca: auth.ca,
    cert: auth.cert,
    key: auth.key,
    clean: true,
    connectTimeout: timeoutMs,
    reconnectPeriod: 0, // a failed connection fails the attempt; Temporal owns retries
  };
}

/** The broker URL without anything but scheme, host and port, for messages. */
function describeBroker(url: string): string {
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}`;
}

function connected(client: MqttClient, broker: string): Promise<void> {
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('error', (error) => reject(connectFailure(error, broker)));
    client.once('close', () =>
      reject(
        new RetryableError(`MQTT broker ${broker} closed the connection before accepting it`, {
          code: 'CONNECTION_FAILED',
        }),
      ),
    );
  });
}

function closed(client: MqttClient, broker: string): Promise<never> {
  return new Promise((_resolve, reject) =>
    client.once('close', () =>
      reject(
        new RetryableError(`MQTT broker ${broker} closed the connection before confirming the message`, {
          code: 'CONNECTION_LOST',
        }),
      ),
    ),
  );
}

/** CONNACK return codes of MQTT 3.1.1 that no retry will fix. */
const REFUSALS: Record<number, string> = {
  1: 'unacceptable protocol version',
  2: 'client identifier rejected',
  4: 'bad user name or password',
  5: 'not authorized',
};

function connectFailure(error: Error & { code?: string | number }, broker: string): Error {
  if (typeof error.code === 'number') {
    const refusal = REFUSALS[error.code];
    if (refusal !== undefined) {
      return new NonRetryableError(`MQTT broker ${broker} refused the connection: ${refusal}`, {
        code: error.code === 4 || error.code === 5 ? 'ACCESS_REFUSED' : 'CONNECTION_REJECTED',
        details: { returnCode: error.code },
      });
    }
    return new RetryableError(`MQTT broker ${broker} is unavailable (CONNACK ${error.code})`, {
      code: 'BROKER_UNAVAILABLE',
      details: { returnCode: error.code },
    });
  }
  const code = error.code ?? 'unknown';
  if (/CERT|TLS|SSL/.test(code)) {
    return new NonRetryableError(`TLS handshake with MQTT broker ${broker} failed: ${error.message} (${code})`, {
      code: 'TLS_FAILED',
    });
  }
  return new RetryableError(`Could not connect to MQTT broker ${broker}: ${error.message}`, {
    code: 'CONNECTION_FAILED',
    details: { cause: code },
  });
}

/** The caller's cancellation reason, or a retryable timeout naming what was going on. */
function untilStopped<T>(
  work: Promise<T>,
  stop: AbortSignal,
  options: MqttSessionOptions,
  broker: string,
  doing: string,
) {
  return untilAborted(work, stop, () =>
    options.signal?.aborted
      ? options.signal.reason
      : new RetryableError(`MQTT broker ${broker}: timed out after ${options.timeoutMs} ms ${doing}`, {
          code: 'TIMEOUT',
        }),
  );
}
