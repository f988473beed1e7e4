import { createConnection, type Connection } from 'mysql2/promise';
import type { MysqlAuth } from './auth';
import { mysqlFailure } from './mysql-failure';

export interface SessionOptions {
  /** limit for connecting and for each statement (the driver's query `timeout`) */
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/**
 * Opens one connection, hands it to `work` and always closes it. Every failure
 * leaves as a typed connector error (see `mysqlFailure`); a cancellation leaves
 * as the signal's reason and drops the connection at once.
 *
 * @example
 * const [rows] = await withMysqlConnection(ctx.auth, { timeoutMs: 5_000, signal: ctx.signal }, (connection) =>
 *   connection.execute({ sql: 'SELECT NOW()', timeout: 5_000 }),
 * );
 */
export async function withMysqlConnection<T>(
  auth: MysqlAuth,
  options: SessionOptions,
  work: (connection: Connection) => Promise<T>,
): Promise<T> {
  const { signal, timeoutMs } = options;
  signal?.throwIfAborted();
  let connection: Connection | undefined;
  let failed = false;
  let onAbort = (): void => undefined;
  const cancelled = new Promise<never>((_resolve, reject) => {
    onAbort = () => {
      connection?.destroy();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([
      (async () => {
        connection = await createConnection({
          host: auth.host,
          port: auth.port,
          database: auth.database,
          user: auth.user,
          password: auth.password,
          ssl: sslOptions(auth.ssl),
          connectTimeout: timeoutMs,
          supportBigNumbers: true,
          dateStrings: true,
        });
        // A dropped connection is also reported by the pending query; this keeps the event from crashing the worker.
        connection.on('error', () => undefined);
        if (signal?.aborted) connection.destroy();
        return work(connection);
      })(),
      cancelled,
    ]);
  } catch (error) {
    failed = true;
    if (signal?.aborted) throw signal.reason;
    throw mysqlFailure(error, { auth, timeoutMs });
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await close(connection, failed);
  }
}

function sslOptions(ssl: MysqlAuth['ssl']): { rejectUnauthorized: boolean } | undefined {
  if (ssl === undefined || ssl === false) return undefined;
  return ssl === true ? { rejectUnauthorized: true } : ssl;
}

/** A connection whose statement failed or timed out may still be busy: drop it instead of queueing a QUIT behind it. */
async function close(connection: Connection | undefined, failed: boolean): Promise<void> {
  if (connection === undefined) return;
  if (failed) {
    connection.destroy();
    return;
  }
  await connection.end().catch(() => connection.destroy());
}
