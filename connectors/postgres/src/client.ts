import pg from 'pg';
import type { PostgresAuth } from './auth';
import { postgresFailure } from './postgres-failure';

export interface SessionOptions {
  /** limit for connecting and for each statement (server-side `statement_timeout`) */
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/** How much longer than `statement_timeout` the client waits before it gives up on a silent server. */
const CLIENT_GRACE_MS = 2_000;

/**
 * Opens one connection, hands it to `work` and always closes it. Every failure
 * leaves as a typed connector error (see `postgresFailure`); a cancellation
 * leaves as the signal's reason and drops the connection at once.
 *
 * @example
 * const rows = await withPostgresClient(ctx.auth, { timeoutMs: 5_000, signal: ctx.signal }, (client) =>
 *   client.query('select now()'),
 * );
 */
export async function withPostgresClient<T>(
  auth: PostgresAuth,
  options: SessionOptions,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const { signal, timeoutMs } = options;
  signal?.throwIfAborted();
  const client = new pg.Client({
    host: auth.host,
    port: auth.port,
    database: auth.database,
    user: auth.user,
    password: auth.password,
    ssl: auth.ssl,
    application_name: 'tributary',
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    query_timeout: timeoutMs + CLIENT_GRACE_MS,
  });
  // A dropped connection is also reported by the pending query; this keeps the event from crashing the worker.
  client.on('error', () => undefined);

  let onAbort = (): void => undefined;
  const cancelled = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([
      (async () => {
        await client.connect();
        return work(client);
      })(),
      cancelled,
    ]);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw postgresFailure(error, { auth, timeoutMs });
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await client.end().catch(() => undefined);
  }
}
