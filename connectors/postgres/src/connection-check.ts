import type { ConnectionCheck } from '@tributary/connector-sdk';
import type { PostgresAuth } from './auth';
import { withPostgresClient } from './client';

/** "Test connection": log in and run `SELECT current_user`, which needs no table and no privilege. */
export const checkPostgresConnection: ConnectionCheck<PostgresAuth> = async (ctx) => {
  const result = await withPostgresClient(ctx.auth, { timeoutMs: 10_000, signal: ctx.signal }, (client) =>
    client.query<{ user: string }>('SELECT current_user AS "user"'),
  );
  return {
    message: `connected to ${ctx.auth.database} on ${ctx.auth.host} as ${result.rows[0]?.user ?? ctx.auth.user}`,
  };
};
