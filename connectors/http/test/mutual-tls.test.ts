import { createServer, type Server } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { TLSSocket } from 'node:tls';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  closeMutualTlsDispatchers,
  HttpError,
  InvalidConnectionError,
  NonRetryableError,
  RetryableError,
} from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { generateTestCertificates, type TestCertificates } from '@tributary/connector-sdk/testing/test-certificates';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { HttpAuth } from '../src/auth';
import { capturingLogger, runRequest } from './run-request';

/**
 * Mutual TLS against a real HTTPS server that demands a client certificate
 * from its own CA; certificates are made with the openssl CLI at test time.
 */

let pki: TestCertificates;
beforeAll(async () => {
  pki = await generateTestCertificates();
}, 30_000);
afterAll(() => closeMutualTlsDispatchers());

interface HttpsTestServer {
  url: string;
  requests: {
    url: string;
    headers: IncomingMessage['headers'];
    clientCert: string | undefined;
    clientPort: number | undefined;
  }[];
}
let server: Server | undefined;
afterEach(async () => {
  const closing = server;
  server = undefined;
  if (closing) {
    closing.closeAllConnections();
    await new Promise((resolve) => closing.close(resolve));
  }
});

async function serveHttps(
  handler: (res: ServerResponse, index: number) => void = (res) => json(res, 200, { ok: true }),
): Promise<HttpsTestServer> {
  const requests: HttpsTestServer['requests'] = [];
  server = createServer({ ...pki.server, ca: pki.ca, requestCert: true, rejectUnauthorized: true }, (req, res) => {
    const index = requests.push({
      url: req.url ?? '',
      headers: req.headers,
      clientPort: req.socket.remotePort,
      clientCert: req.socket instanceof TLSSocket ? String(req.socket.getPeerCertificate().subject?.CN) : undefined,
    });
    handler(res, index - 1);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
  return { url: `https://127.0.0.1:${address.port}`, requests };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

function mtls(overrides: Partial<Extract<HttpAuth, { type: 'mutualTls' }>> = {}): HttpAuth {
  return { type: 'mutualTls', cert: pki.client.cert, key: pki.client.key, ca: pki.ca, ...overrides };
}

/** A line from the middle of a PEM key: if any part of the key leaks, this does. */
function keyFragment(pem: string): string {
  return pem.split('\n')[5] ?? pem;
}

describe('http connector: mutual TLS', () => {
  it('presents the client certificate and gets the answer', async () => {
    const api = await serveHttps();
    const output = await runRequest({ method: 'GET', url: `${api.url}/orders` }, mtls());

    expect(output).toMatchObject({ status: 200, body: { ok: true } });
    expect(api.requests[0]?.clientCert).toBe('client');
  });

  it('decrypts a key protected by a passphrase and sends extra connection headers', async () => {
    const api = await serveHttps();
    await runRequest(
      { method: 'GET', url: `${api.url}/orders`, headers: { 'X-Tenant': 'forged' } },
      mtls({ key: pki.encryptedClientKey, passphrase: pki.passphrase, headers: { 'X-Tenant': 'plant-7' } }),
    );
    expect(api.requests[0]?.clientCert).toBe('client');
    expect(api.requests[0]?.headers['x-tenant']).toBe('plant-7');
  });

  it('reuses one connection pool for repeated calls with the same certificate', async () => {
    const api = await serveHttps();
    await runRequest({ method: 'GET', url: api.url }, mtls());
    await sleep(50); // undici hands the connection back to its pool a tick after the body is read
    await runRequest({ method: 'GET', url: api.url }, mtls());
    // Same client port: the second action's request went over the first one's TLS connection.
    expect(api.requests).toHaveLength(2);
    expect(api.requests[1]?.clientPort).toBe(api.requests[0]?.clientPort);
  });

  it('fails with a certificate from another CA as a non-retryable TLS error that shows no key', async () => {
    const api = await serveHttps();
    const logger = capturingLogger();
    const error = await expectRejection(
      runRequest({ method: 'GET', url: `${api.url}/orders` }, mtls({ cert: pki.rogue.cert, key: pki.rogue.key }), {
        logger,
      }),
      NonRetryableError,
    );

    expect(error.code).toBe('TLS_HANDSHAKE_FAILED');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain(`GET ${api.url}/orders failed: `);
    expect(error.message).toContain('refused the client certificate');
    const visible = [error.message, error.stack ?? '', JSON.stringify(error), ...logger.lines].join('\n');
    expect(visible).not.toContain(keyFragment(pki.rogue.key));
    expect(api.requests).toHaveLength(0);
  });

  it('fails a key with the wrong passphrase at once, without repeating it and without the passphrase', async () => {
    const api = await serveHttps();
    const error = await expectRejection(
      runRequest(
        { method: 'POST', url: api.url },
        mtls({ key: pki.encryptedClientKey, passphrase: 'wrong-passphrase-1' }),
      ),
      NonRetryableError,
    );
    expect(error.code).toBe('TLS_HANDSHAKE_FAILED');
    expect(error.message).toContain('bad decrypt');
    expect(JSON.stringify(error)).not.toContain('wrong-passphrase-1');
  });

  it('refuses a server whose certificate the connection CA did not sign', async () => {
    const api = await serveHttps();
    const error = await expectRejection(
      runRequest({ method: 'GET', url: api.url }, mtls({ ca: pki.rogue.cert })),
      NonRetryableError,
    );
    expect(error.code).toBe('TLS_HANDSHAKE_FAILED');
    expect(error.message).toMatch(/certificate/);
  });

  it('rejects a connection whose certificate is not PEM, naming the field, before connecting', async () => {
    const api = await serveHttps();
    const error = await expectRejection(
      runRequest({ method: 'GET', url: api.url }, mtls({ cert: 'not a certificate' })),
      InvalidConnectionError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['cert']);
    expect(error.message).not.toContain(keyFragment(pki.client.key));
    expect(api.requests).toHaveLength(0);
  });

  it('rejects invalid step input, naming the field, before connecting', async () => {
    const api = await serveHttps();
    const error = await expectRejection(
      runRequest({ method: 'GET', url: api.url, timeoutMs: 0 }, mtls()),
      NonRetryableError,
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toContain('timeoutMs');
    expect(api.requests).toHaveLength(0);
  });

  it('fails a 401 over mutual TLS as non-retryable, without the connection header values', async () => {
    const api = await serveHttps((res) => json(res, 401, { error: 'unknown key' }));
    const logger = capturingLogger();
    const error = await expectRejection(
      runRequest({ method: 'GET', url: api.url }, mtls({ headers: { 'X-Api-Key': 'mtls-header-secret' } }), { logger }),
      HttpError,
    );
    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
    expect([error.message, JSON.stringify(error), ...logger.lines].join('\n')).not.toContain('mtls-header-secret');
  });

  it('times out a server that accepts the certificate but never answers', async () => {
    const api = await serveHttps(() => undefined);
    const error = await expectRejection(
      runRequest({ method: 'GET', url: `${api.url}/slow`, timeoutMs: 300 }, mtls()),
      RetryableError,
    );
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toBe(`GET ${api.url}/slow timed out after 300 ms`);
  });

  it('waits out a 429 Retry-After over the same TLS pool and then succeeds', async () => {
    const api = await serveHttps((res, index) =>
      index === 0 ? json(res, 429, {}, { 'retry-after': '1' }) : json(res, 200, { ok: true }),
    );
    const started = Date.now();
    const output = await runRequest({ method: 'GET', url: api.url }, mtls());
    expect(output.body).toEqual({ ok: true });
    expect(api.requests).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });
});
