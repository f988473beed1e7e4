import { createHash } from 'node:crypto';
import type { Socket } from 'node:net';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import { z } from 'zod';
import { CLIENT_CERTIFICATE_REFUSED } from './http-transport-failure';
import { secret } from './secret-fields';

const PEM = /-----BEGIN [A-Z0-9 ]+-----[\s\S]+?-----END [A-Z0-9 ]+-----/;
const pem = (what: string) => z.string().regex(PEM, `must be a PEM-encoded ${what} (-----BEGIN … -----END …)`);

/**
 * The connection fields of a client certificate, to spread into a connector's
 * auth schema. PEM strings; the key and its passphrase are secret.
 *
 * @example
 * export const ErpAuth = z.object({ baseUrl: z.url(), ...MutualTlsFields.shape });
 */
export const MutualTlsFields = z.object({
  cert: pem('certificate').describe('Client certificate (PEM), followed by its intermediate certificates if any'),
  key: secret(pem('private key')).describe('Private key of the client certificate (PEM)'),
  passphrase: secret(z.string().min(1)).optional().describe('Passphrase of the private key, when it is encrypted'),
  ca: pem('certificate')
    .optional()
    .describe('CA certificates (PEM) that signed the server certificate; default: the public CAs Node trusts'),
});
export type MutualTlsFields = z.output<typeof MutualTlsFields>;

export interface MutualTlsOptions extends Omit<MutualTlsFields, 'cert' | 'key'> {
  /** the client certificate (PEM); without `cert` and `key` the pool only trusts `ca` and presents no certificate */
  cert?: string | undefined;
  key?: string | undefined;
  /** default true; false accepts any server certificate (test systems only) */
  rejectUnauthorized?: boolean;
}

/** Pools are kept per credential set; one idle this long is closed. */
const IDLE_CLOSE_MS = 5 * 60_000;
/** Beyond this many credential sets, the least recently used pool is closed. */
const MAX_POOLS = 32;

interface PooledDispatcher {
  dispatcher: Dispatcher;
  close(): Promise<void>;
  idleTimer?: NodeJS.Timeout;
}

/** One per worker process, keyed by a hash of the credentials (never the credentials themselves). */
const pools = new Map<string, PooledDispatcher>();

/**
 * An undici dispatcher that presents a client certificate (mutual TLS), to pass
 * as `createHttpClient({ dispatcher })`. Dispatchers are cached per credential
 * set, so every action call with the same connection reuses one connection
 * pool; a pool without requests for 5 minutes is closed, as is the least
 * recently used one beyond 32 credential sets (requests in flight finish).
 *
 * A refused client certificate fails the request with a non-retryable
 * `TLS_HANDSHAKE_FAILED`, never with a retryable network error.
 *
 * @example
 * const api = createHttpClient({
 *   baseUrl: ctx.auth.baseUrl,
 *   dispatcher: mutualTlsDispatcher(ctx.auth),
 *   secrets: [ctx.auth.key, ctx.auth.passphrase ?? ''],
 * });
 */
export function mutualTlsDispatcher(options: MutualTlsOptions): Dispatcher {
  const key = poolKey(options);
  let pooled = pools.get(key);
  if (pooled === undefined) {
    if (pools.size >= MAX_POOLS) evict(pools.keys().next().value);
    pooled = createPool(options, () => touch(key));
  } else {
    pools.delete(key); // re-inserted below: Map order is the LRU order
  }
  pools.set(key, pooled);
  touch(key);
  return pooled.dispatcher;
}

/** Restarts the idle countdown; every request does, so a long action keeps its pool. */
function touch(key: string): void {
  const pooled = pools.get(key);
  if (pooled === undefined) return;
  clearTimeout(pooled.idleTimer);
  pooled.idleTimer = setTimeout(() => void evict(key), IDLE_CLOSE_MS).unref();
}

/** Closes every cached mutual-TLS pool (worker shutdown, end of a test file). */
export async function closeMutualTlsDispatchers(): Promise<void> {
  await Promise.all([...pools.keys()].map((key) => evict(key)));
}

function createPool(options: MutualTlsOptions, onRequest: () => void): PooledDispatcher {
  const tls = {
    ...(options.cert === undefined ? {} : { cert: options.cert }),
    ...(options.key === undefined ? {} : { key: options.key }),
    ...(options.passphrase === undefined ? {} : { passphrase: options.passphrase }),
    ...(options.ca === undefined ? {} : { ca: options.ca }),
    rejectUnauthorized: options.rejectUnauthorized ?? true,
  };
  const connect = buildConnector(tls);
  const alerts = new Map<string, Error>();
  const agent = new Agent({
    connect(connectOptions, callback) {
      connect(connectOptions, (...outcome) => {
        if (outcome[1]) rememberTlsAlert(outcome[1], alerts);
        callback(...outcome);
      });
    },
  });
  return {
    dispatcher: agent.compose(explainRefusedCertificate(alerts, onRequest)),
    close: () => agent.close(),
  };
}

/**
 * A TLS 1.3 server checks the client certificate after the handshake, so its
 * alert reaches the socket, not the request: undici reports "other side
 * closed". Keep the alert per local address:port so the request error can say
 * what happened.
 */
function rememberTlsAlert(socket: Socket, alerts: Map<string, Error>): void {
  const address = `${socket.localAddress}:${socket.localPort}`;
  socket.on('error', (error: Error & { code?: string }) => {
    if (error.code?.startsWith('ERR_SSL_')) alerts.set(address, error);
  });
  socket.once('close', () => setTimeout(() => alerts.delete(address), 1_000).unref());
}

interface SocketInfo {
  localAddress?: string;
  localPort?: number;
  bytesRead?: number;
}

function explainRefusedCertificate(
  alerts: Map<string, Error>,
  onRequest: () => void,
): Dispatcher.DispatcherComposeInterceptor {
  const explain = (error: Error): Error => {
    if (!('code' in error) || error.code !== 'UND_ERR_SOCKET' || !('socket' in error)) return error;
    const socket = error.socket as SocketInfo;
    const alert = alerts.get(`${socket.localAddress}:${socket.localPort}`);
    if (alert !== undefined) return alert;
    // Closed before a single byte of HTTP came back: Node and Go servers drop a refused certificate this way.
    if (socket.bytesRead === 0) {
      return Object.assign(
        new Error('the server closed the connection right after the TLS handshake: it refused the client certificate'),
        { code: CLIENT_CERTIFICATE_REFUSED },
      );
    }
    return error;
  };
  return (dispatch) => (options, handler) => {
    onRequest();
    return dispatch(options, {
      onRequestStart: (controller, context) => handler.onRequestStart?.(controller, context),
      onRequestUpgrade: (controller, status, headers, socket) =>
        handler.onRequestUpgrade?.(controller, status, headers, socket),
      onResponseStart: (controller, status, headers, message) =>
        handler.onResponseStart?.(controller, status, headers, message),
      onResponseData: (controller, chunk) => handler.onResponseData?.(controller, chunk),
      onResponseEnd: (controller, trailers) => handler.onResponseEnd?.(controller, trailers),
      onResponseError: (controller, error) => handler.onResponseError?.(controller, explain(error)),
    });
  };
}

function poolKey(options: MutualTlsOptions): string {
  const hash = createHash('sha256');
  for (const part of [options.cert ?? '', options.key ?? '', options.passphrase ?? '', options.ca ?? ''])
    hash.update(part).update('\0');
  hash.update(String(options.rejectUnauthorized ?? true));
  return hash.digest('base64url');
}

async function evict(key: string | undefined): Promise<void> {
  const pooled = key === undefined ? undefined : pools.get(key);
  if (key === undefined || pooled === undefined) return;
  pools.delete(key);
  clearTimeout(pooled.idleTimer);
  // close() lets requests in flight finish; a later call with these credentials builds a new pool.
  await pooled.close().catch(() => undefined);
}
