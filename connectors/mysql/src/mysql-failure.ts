import { ConnectorError, NonRetryableError, RetryableError } from '@tributary/connector-sdk';
import type { MysqlAuth } from './auth';

/**
 * Maps what `mysql2` throws to the connector error taxonomy: the server's
 * errno decides whether Temporal should try again. The server's message never
 * holds the password ("using password: YES"), and the executor redacts it anyway.
 */
export function mysqlFailure(error: unknown, context: { auth: MysqlAuth; timeoutMs: number }): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const { auth, timeoutMs } = context;
  const target = `${auth.host}:${auth.port}/${auth.database}`;
  const message = error instanceof Error ? error.message : String(error);
  const code = stringField(error, 'code');
  const errno = numberField(error, 'errno');
  const sqlState = stringField(error, 'sqlState');

  if (code === 'PROTOCOL_SEQUENCE_TIMEOUT' || (errno !== undefined && STATEMENT_TIMEOUT_ERRNOS.has(errno))) {
    return new RetryableError(`Query timed out after ${timeoutMs} ms`, {
      code: 'TIMEOUT',
      details: { timeoutMs, ...(errno !== undefined && errno > 0 ? { errno } : {}) },
    });
  }
  if (code === 'ETIMEDOUT') {
    return new RetryableError(`Could not connect to MySQL at ${target} within ${timeoutMs} ms`, {
      code: 'TIMEOUT',
      details: { timeoutMs, target },
    });
  }
  if (code !== undefined && NETWORK_CODES.has(code)) {
    return new RetryableError(`Could not reach MySQL at ${target}: ${message} (${code})`, {
      code: 'CONNECTION_FAILED',
      details: { code, target },
    });
  }
  if (errno === undefined || errno <= 0) {
    return new RetryableError(`MySQL call failed: ${message}`, { code: 'ACTION_FAILED', cause: error });
  }

  const details = { errno, ...(code ? { code } : {}), ...(sqlState ? { sqlState } : {}) };
  if (AUTH_ERRNOS.has(errno)) {
    return new NonRetryableError(`MySQL refused login of "${auth.user}" to ${target}: ${message}`, {
      code: 'AUTH_FAILED',
      details,
    });
  }
  if (errno === ER_BAD_DB_ERROR) {
    return new NonRetryableError(`MySQL at ${target} refused the connection: ${message}`, {
      code: 'DATABASE_NOT_FOUND',
      details,
    });
  }
  if (TRANSIENT_ERRNOS.has(errno)) {
    return new RetryableError(`MySQL error ${errno} (${code}): ${message}`, { code: 'SQL_TRANSIENT_ERROR', details });
  }
  return new NonRetryableError(`MySQL error ${errno} (${code}): ${message}`, { code: 'SQL_ERROR', details });
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
]);

/** ER_DBACCESS_DENIED_ERROR, ER_ACCESS_DENIED_ERROR, ER_ACCESS_DENIED_NO_PASSWORD_ERROR */
const AUTH_ERRNOS = new Set([1044, 1045, 1698]);
const ER_BAD_DB_ERROR = 1049;
/** MariaDB ER_STATEMENT_TIMEOUT (max_statement_time), MySQL ER_QUERY_TIMEOUT (max_execution_time) */
const STATEMENT_TIMEOUT_ERRNOS = new Set([1969, 3024]);
/** too many connections, server shutdown, lock wait timeout, deadlock, connection killed */
const TRANSIENT_ERRNOS = new Set([1040, 1203, 1053, 1205, 1213, 1927, 2006, 2013]);

function stringField(error: unknown, key: string): string | undefined {
  const value = field(error, key);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function numberField(error: unknown, key: string): number | undefined {
  const value = field(error, key);
  return typeof value === 'number' ? value : undefined;
}

function field(error: unknown, key: string): unknown {
  return typeof error === 'object' && error !== null && key in error ? Reflect.get(error, key) : undefined;
}
