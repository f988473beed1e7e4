import type { ConnectionCheck } from '@tributary/connector-sdk';
import type { AmqpAuth } from './auth';
import { describeBroker, withConfirmChannel } from './client';

/** "Test connection": log in to the broker and open a channel on the virtual host, then close it. */
export const checkAmqpConnection: ConnectionCheck<AmqpAuth> = async (ctx) => {
  await withConfirmChannel(
    ctx.auth,
    { timeoutMs: 10_000, signal: ctx.signal, logger: ctx.logger },
    async () => undefined,
  );
  return { message: `connected to ${describeBroker(ctx.auth.url)}` };
};
