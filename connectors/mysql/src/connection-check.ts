import type { ConnectionCheck } from '@tributary/connector-sdk';
import type { MysqlAuth } from './auth';
import { withMysqlConnection } from './client';

/** "Test connection": log in and run `SELECT 1`, which needs no table and no privilege. */
export const checkMysqlConnection: ConnectionCheck<MysqlAuth> = async (ctx) => {
  await withMysqlConnection(ctx.auth, { timeoutMs: 10_000, signal: ctx.signal }, (connection) =>
    connection.query({ sql: 'SELECT 1', timeout: 10_000 }),
  );
  return { message: `connected to ${ctx.auth.database} on ${ctx.auth.host} as ${ctx.auth.user}` };
};
