import { inMemoryConnection, type ConnectionCheck } from '@tributary/connector-sdk';
import type { CmmsAuth } from './auth';
import { createCmmsClient } from './client';

/**
 * "Test connection": read one page of one work order, an authenticated GET
 * (with OAuth2, after fetching a token) that changes nothing.
 */
export const checkCmmsConnection: ConnectionCheck<CmmsAuth> = async (ctx) => {
  const client = createCmmsClient({
    auth: ctx.auth,
    logger: ctx.logger,
    signal: ctx.signal,
    idempotencyKey: 'connection-check',
    heartbeat: () => undefined,
    resumeFrom: undefined,
    throttle: async () => undefined,
    connection: inMemoryConnection({ ...ctx.auth }),
  });
  const pages = client.workOrderPages({ pageSize: 1, timeoutMs: 10_000, resumeFrom: undefined });
  await pages.next();
  await pages.return(undefined);
  return { message: `authenticated with ${ctx.auth.type === 'apiKey' ? 'the API key' : 'OAuth2'}` };
};
