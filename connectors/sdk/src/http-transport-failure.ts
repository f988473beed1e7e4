/**
 * Failures below HTTP (no status to look at), sorted by what they mean for a retry:
 * - `not-sent`: the connection never opened, so even a POST can safely repeat;
 * - `interrupted`: the request may have reached the server; only idempotent methods repeat;
 * - `tls`: the TLS handshake failed (untrusted server certificate, client certificate refused,
 *   unreadable key): a configuration problem that trying again will not fix.
 */
export interface TransportFailure {
  kind: 'not-sent' | 'interrupted' | 'tls';
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
 * Set by the mutual-TLS dispatcher on a connection the server closed right after
 * the handshake: Node and Go servers refuse an untrusted client certificate that
 * way, without a TLS alert.
 */
export const CLIENT_CERTIFICATE_REFUSED = 'ERR_TLS_CLIENT_CERTIFICATE_REFUSED';

/** Certificate verification failures Node reports by OpenSSL's name for them. */
const TLS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server certificate is self-signed and not trusted',
  SELF_SIGNED_CERT_IN_CHAIN: 'the server certificate chain ends in an untrusted CA',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the server certificate is not signed by a trusted CA',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the server certificate is not signed by a trusted CA',
  UNABLE_TO_GET_ISSUER_CERT: 'the server certificate is not signed by a trusted CA',
  CERT_HAS_EXPIRED: 'the server certificate has expired',
  CERT_NOT_YET_VALID: 'the server certificate is not valid yet',
  CERT_UNTRUSTED: 'the server certificate is not trusted',
  CERT_REJECTED: 'the server certificate was rejected',
  ERR_TLS_CERT_ALTNAME_INVALID: 'the server certificate does not name this host',
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
  if (code !== undefined && TLS[code] !== undefined) return { kind: 'tls', reason: `${TLS[code]} (${code})`, code };
  // ERR_SSL_*: a TLS alert from the peer or a handshake failure; ERR_OSSL_*: our own key or certificate is unusable.
  if (code !== undefined && (/^ERR_(SSL|OSSL)_/.test(code) || code === CLIENT_CERTIFICATE_REFUSED))
    return { kind: 'tls', reason: tlsReason(error, code), code };
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

function tlsReason(error: unknown, code: string): string {
  // OpenSSL prefixes its messages with an opaque id: "error:1C800064:Provider routines::bad decrypt".
  const message = error instanceof Error ? error.message.replace(/^error:[0-9A-F]+:/i, '') : '';
  return `TLS handshake failed: ${message || code} (${code})`;
}
