import { ConnectorError, NonRetryableError, RetryableError } from '@tributary/connector-sdk';
import type { PostgresAuth } from './auth';

/**
 * Maps what `pg` throws to the connector error taxonomy: the SQLSTATE class
 * decides whether Temporal should try again. The server's message never holds
 * the password, and the executor redacts it anyway.
 */
export function postgresFailure(error: unknown, context: { auth: PostgresAuth; timeoutMs: number }): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const { auth, timeoutMs } = context;
  const target = `${auth.host}:${auth.port}/${auth.database}`;
  const message = error instanceof Error ? error.message : String(error);
  // pg puts the SQLSTATE of a server error and the errno of a socket error in the same field.
  const code = fieldOf(error, 'code');

  if (code !== undefined && NETWORK_CODES.has(code)) {
    return new RetryableError(`Could not reach PostgreSQL at ${target}: ${message} (${code})`, {
      code: 'CONNECTION_FAILED',
      details: { code, target },
    });
  }
  if (code !== undefined && /^[0-9A-Z]{5}$/.test(code)) {
    return sqlStateFailure(code, message, error, { target, user: auth.user, timeoutMs });
  }
  if (/timeout/i.test(message)) {
    return new RetryableError(`PostgreSQL at ${target} did not answer within ${timeoutMs} ms`, {
      code: 'TIMEOUT',
      details: { timeoutMs, target },
    });
  }
  if (/Connection terminated|ECONNRESET|socket/i.test(message)) {
    return new RetryableError(`Connection to PostgreSQL at ${target} was lost: ${message}`, {
      code: 'CONNECTION_FAILED',
      details: { target },
    });
  }
  return new RetryableError(`PostgreSQL call failed: ${message}`, { code: 'ACTION_FAILED', cause: error });
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

/** SQLSTATEs after which the same statement can succeed later (locks, load, failover). */
const TRANSIENT_SQLSTATES = new Set(['40001', '40P01', '55P03', '57P01', '57P02', '57P03']);

function sqlStateFailure(
  sqlState: string,
  message: string,
  error: unknown,
  context: { target: string; user: string; timeoutMs: number },
): ConnectorError {
  const details = {
    sqlState,
    ...optional('constraint', fieldOf(error, 'constraint')),
    ...optional('table', fieldOf(error, 'table')),
    ...optional('column', fieldOf(error, 'column')),
    ...optional('detail', fieldOf(error, 'detail')),
  };
  if (sqlState === '57014') {
    return /statement timeout/i.test(message)
      ? new RetryableError(`Query timed out after ${context.timeoutMs} ms (statement_timeout)`, {
          code: 'TIMEOUT',
          details: { ...details, timeoutMs: context.timeoutMs },
        })
      : new RetryableError(`Query was cancelled by the server: ${message}`, { code: 'QUERY_CANCELED', details });
  }
  if (sqlState.startsWith('28')) {
    return new NonRetryableError(`PostgreSQL refused login of "${context.user}" to ${context.target}: ${message}`, {
      code: 'AUTH_FAILED',
      details,
    });
  }
  if (sqlState === '3D000') {
    return new NonRetryableError(`PostgreSQL at ${context.target} refused the connection: ${message}`, {
      code: 'DATABASE_NOT_FOUND',
      details,
    });
  }
  // 08: connection exception, 53: insufficient resources (e.g. too many connections).
  if (sqlState.startsWith('08') || sqlState.startsWith('53') || TRANSIENT_SQLSTATES.has(sqlState)) {
    return new RetryableError(`PostgreSQL error ${sqlState}: ${message}`, { code: 'SQL_TRANSIENT_ERROR', details });
  }
  return new NonRetryableError(`PostgreSQL error ${sqlState}: ${message}`, { code: 'SQL_ERROR', details });
}

function fieldOf(error: unknown, key: string): string | undefined {
  if (typeof error !== 'object' || error === null || !(key in error)) return undefined;
  const value: unknown = Reflect.get(error, key);
  return typeof value === 'string' ? value : undefined;
}

function optional(key: string, value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { [key]: value };
}
