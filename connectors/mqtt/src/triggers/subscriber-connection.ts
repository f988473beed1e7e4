import { NonRetryableError, RetryableError } from '@tributary/connector-sdk';
import type { IClientOptions } from 'mqtt';
import type { MqttAuth } from '../auth';

export interface SubscriberSessionOptions {
  /** the broker remembers the session (subscriptions, unacknowledged and queued messages) under this id */
  clientId: string;
  /** how long the broker keeps the session while nobody is connected */
  sessionExpirySeconds: number;
  /** the broker sends at most this many unacknowledged QoS 1/2 messages */
  receiveMaximum: number;
  customHandleAcks: NonNullable<IClientOptions['customHandleAcks']>;
}

/**
 * Client options for a subscriber with a persistent MQTT 5 session: `clean`
 * off and a session expiry, so messages published while no worker listens
 * wait in the broker; no automatic reconnect, because the platform restarts
 * a failed subscription (and owns the back-off).
 */
export function subscriberClientOptions(auth: MqttAuth, options: SubscriberSessionOptions): IClientOptions {
  return {
    protocolVersion: 5,
    clientId: options.clientId,
    clean: false,
    properties: {
      sessionExpiryInterval: options.sessionExpirySeconds,
      receiveMaximum: options.receiveMaximum,
    },
    username: auth.username,
    password: auth.password,
    ca: auth.ca,
    cert: auth.cert,
    key: auth.key,
    connectTimeout: 30_000,
    reconnectPeriod: 0,
    customHandleAcks: options.customHandleAcks,
  };
}

/** The broker URL without anything but scheme, host and port, for messages. */
export function describeBroker(url: string): string {
  const { protocol, host } = new URL(url);
  return `${protocol}//${host}`;
}

/** CONNACK reason codes (MQTT 5 §3.2.2.2) that no retry will fix. */
const REFUSALS: Record<number, { code: string; text: string }> = {
  128: { code: 'CONNECTION_REJECTED', text: 'unspecified error' },
  129: { code: 'CONNECTION_REJECTED', text: 'malformed packet' },
  130: { code: 'CONNECTION_REJECTED', text: 'protocol error' },
  132: { code: 'CONNECTION_REJECTED', text: 'unsupported protocol version (the broker needs MQTT 5)' },
  133: { code: 'CONNECTION_REJECTED', text: 'client identifier not valid' },
  134: { code: 'ACCESS_REFUSED', text: 'bad user name or password' },
  135: { code: 'ACCESS_REFUSED', text: 'not authorized' },
  138: { code: 'ACCESS_REFUSED', text: 'banned' },
  140: { code: 'ACCESS_REFUSED', text: 'bad authentication method' },
};

/** What a failed connection means for the platform: credentials → stop, anything else → reconnect later. */
export function subscriberConnectFailure(error: Error & { code?: string | number }, broker: string): Error {
  if (typeof error.code === 'number') {
    const refusal = REFUSALS[error.code];
    if (refusal !== undefined) {
      return new NonRetryableError(`MQTT broker ${broker} refused the connection: ${refusal.text}`, {
        code: refusal.code,
        details: { reasonCode: error.code },
      });
    }
    return new RetryableError(`MQTT broker ${broker} is unavailable (reason code ${error.code})`, {
      code: 'BROKER_UNAVAILABLE',
      details: { reasonCode: error.code },
    });
  }
  const code = error.code ?? 'unknown';
  if (/CERT|TLS|SSL/.test(code)) {
    return new NonRetryableError(`TLS handshake with MQTT broker ${broker} failed: ${error.message} (${code})`, {
      code: 'TLS_FAILED',
    });
  }
  return new RetryableError(`MQTT connection to ${broker} failed: ${error.message}`, {
    code: 'CONNECTION_FAILED',
    details: { cause: code },
  });
}
