import { createServer, type Server } from 'node:https';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NonRetryableError } from './errors';
import { createHttpClient } from './http-client';
import { closeMutualTlsDispatchers, mutualTlsDispatcher } from './mutual-tls-dispatcher';
import { expectRejection } from './testing/expect-rejection';
import { generateTestCertificates, type TestCertificates } from './testing/test-certificates';

let pki: TestCertificates;
let server: Server;
let url: string;
beforeAll(async () => {
  pki = await generateTestCertificates();
  server = createServer({ ...pki.server, ca: pki.ca, requestCert: true, rejectUnauthorized: true }, (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
  url = `https://127.0.0.1:${address.port}/`;
}, 30_000);
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => closeMutualTlsDispatchers());

describe('mutualTlsDispatcher', () => {
  it('presents the client certificate to a server that demands one', async () => {
    const client = createHttpClient({ dispatcher: mutualTlsDispatcher({ ...pki.client, ca: pki.ca }) });
    expect((await client.request({ method: 'GET', url })).body).toEqual({ ok: true });
  });

  it('returns the same pool for the same credentials and a new one for others', () => {
    const first = mutualTlsDispatcher({ ...pki.client, ca: pki.ca });
    expect(mutualTlsDispatcher({ ...pki.client, ca: pki.ca })).toBe(first);
    expect(mutualTlsDispatcher({ ...pki.rogue, ca: pki.ca })).not.toBe(first);
  });

  it('builds a new pool after the cached ones were closed', async () => {
    const first = mutualTlsDispatcher({ ...pki.client, ca: pki.ca });
    await closeMutualTlsDispatchers();
    const second = mutualTlsDispatcher({ ...pki.client, ca: pki.ca });
    expect(second).not.toBe(first);
    const client = createHttpClient({ dispatcher: second });
    expect((await client.request({ method: 'GET', url })).status).toBe(200);
  });

  it('reports a missing client certificate as a non-retryable TLS failure, sent once', async () => {
    const client = createHttpClient({ dispatcher: mutualTlsDispatcher({ ca: pki.ca }) });
    const error = await expectRejection(client.request({ method: 'GET', url }), NonRetryableError);
    expect(error.code).toBe('TLS_HANDSHAKE_FAILED');
    expect(error.message).toMatch(/certificate required|refused the client certificate/i);
  });

  it('reports a client certificate of another CA as a non-retryable TLS failure', async () => {
    const client = createHttpClient({ dispatcher: mutualTlsDispatcher({ ...pki.rogue, ca: pki.ca }) });
    const error = await expectRejection(client.request({ method: 'PUT', url, json: {} }), NonRetryableError);
    expect(error.code).toBe('TLS_HANDSHAKE_FAILED');
    expect(error.message).toContain('refused the client certificate');
    expect(error.message).not.toContain(pki.rogue.key.split('\n')[3]);
  });

  it('reports a key that does not belong to the certificate without showing the key', async () => {
    const client = createHttpClient({
      dispatcher: mutualTlsDispatcher({ cert: pki.client.cert, key: pki.rogue.key, ca: pki.ca }),
      secrets: [pki.rogue.key],
    });
    const error = await expectRejection(client.request({ method: 'GET', url }), NonRetryableError);
    expect(error.code).toBe('TLS_HANDSHAKE_FAILED');
    expect(error.message).toContain('key values mismatch');
    expect(JSON.stringify(error)).not.toContain(pki.rogue.key.split('\n')[3]);
  });
});
