import type { ConnectionCheck } from '@tributary/connector-sdk';
import type { MqttAuth } from './auth';
import { withMqttClient } from './client';

/** "Test connection": connect (the broker checks the credentials in CONNACK) and disconnect cleanly. */
export const checkMqttConnection: ConnectionCheck<MqttAuth> = async (ctx) => {
  await withMqttClient(ctx.auth, { timeoutMs: 10_000, signal: ctx.signal, logger: ctx.logger }, async () => undefined);
  // host and port only: the URL may carry credentials
  return { message: `connected to ${new URL(ctx.auth.url).host}` };
};
