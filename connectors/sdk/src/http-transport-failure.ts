/**
 * Failures below HTTP (no status to look at), sorted by what they mean for a retry:
 * - `not-sent`: the connection never opened, so even a POST can safely repeat;
 * - `interrupted`: the request may have reached the server; only idempotent methods repeat.
 */
export interface TransportFailure {
  kind: 'not-sent' | 'interrupted';
  /** human words for the failure, e.g. `connection refused (ECONNREFUSED)` */
  reason: string;
  code?: string;
}

const NOT_SENT: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connect timed out',
};

const INTERRUPTED: Record<string, string> = {
  ECONNRESET: 'connection reset by the server',
  EPIPE: 'connection closed while sending',
  UND_ERR_SOCKET: 'connection closed unexpectedly',
  UND_ERR_CLOSED: 'connection closed unexpectedly',
  UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
  UND_ERR_BODY_TIMEOUT: 'response body stalled',
};

/**
 * What went wrong with a request that produced no response.
 *
 * @example
 * classifyTransportFailure(error); // { kind: 'not-sent', reason: 'connection refused (ECONNREFUSED)', code: 'ECONNREFUSED' }
 */
export function classifyTransportFailure(error: unknown): TransportFailure {
  const code = errorCode(error);
  if (code !== undefined && NOT_SENT[code] !== undefined)
    return { kind: 'not-sent', reason: `${NOT_SENT[code]} (${code})`, code };
  if (code !== undefined && INTERRUPTED[code] !== undefined)
    return { kind: 'interrupted', reason: `${INTERRUPTED[code]} (${code})`, code };
  const message = error instanceof Error ? error.message : String(error);
  return {
    kind: 'interrupted',
    reason: code === undefined ? message : `${message} (${code})`,
    ...(code === undefined ? {} : { code }),
  };
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if ('code' in error && typeof error.code === 'string') return error.code;
  // fetch-style wrappers keep the socket error as the cause
  return 'cause' in error ? errorCode(error.cause) : undefined;
}
