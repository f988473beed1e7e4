import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { HttpError, NonRetryableError, RateLimitedError, RetryableError } from './errors';
import { createHttpClient } from './http-client';
import { expectRejection } from './testing/expect-rejection';
import { sendJson, startTestHttpServer, type TestHttpServer } from './testing/test-http-server';

let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('createHttpClient', () => {
  it('types and checks the body with a response schema', async () => {
    server = await startTestHttpServer((_req, res) => sendJson(res, 200, { id: 'itm_1', price: 12.5 }));
    const client = createHttpClient({ baseUrl: server.url });

    const { body } = await client.request({
      method: 'GET',
      url: '/items/1',
      responseSchema: z.object({ id: z.string(), price: z.number() }),
    });
    expectTypeOf(body).toEqualTypeOf<{ id: string; price: number }>();
    expect(body).toEqual({ id: 'itm_1', price: 12.5 });

    const mismatch = await expectRejection(
      client.request({ method: 'GET', url: '/items/1', responseSchema: z.object({ sku: z.string() }) }),
      NonRetryableError,
    );
    expect(mismatch.code).toBe('UNEXPECTED_RESPONSE');
    expect(mismatch.message).toBe(
      `GET ${server.url}/items/1 returned a body of an unexpected shape: sku: Invalid input: expected string, received undefined`,
    );
  });

  it('sends credentials written into the URL as basic auth and keeps them out of errors', async () => {
    server = await startTestHttpServer((_req, res) => sendJson(res, 403, { error: 'forbidden' }));
    const url = server.url.replace('http://', 'http://robot:hunter2@');

    const error = await expectRejection(createHttpClient().request({ method: 'GET', url: `${url}/secure` }), HttpError);
    expect(server.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from('robot:hunter2').toString('base64')}`);
    expect(error.message).toBe(`GET ${server.url}/secure → 403 Forbidden: {"error":"forbidden"}`);
    expect(error.retryable).toBe(false);
    expect(JSON.stringify(error)).not.toContain('hunter2');
  });

  it('does not repeat a POST that got a 500, but leaves the error retryable for Temporal', async () => {
    server = await startTestHttpServer((_req, res) => res.writeHead(500).end('boom'));
    const error = await expectRejection(
      createHttpClient().request({ method: 'POST', url: `${server.url}/orders`, json: { sku: 'A' } }),
      RetryableError,
    );
    expect(server.requests).toHaveLength(1);
    expect(error.code).toBe('HTTP_SERVER_ERROR');
  });

  it('hands a Retry-After beyond the wait budget straight to Temporal instead of waiting', async () => {
    server = await startTestHttpServer((_req, res) => res.writeHead(429, { 'retry-after': '120' }).end());
    const started = Date.now();
    const error = await expectRejection(
      createHttpClient().request({ method: 'GET', url: server.url }),
      RateLimitedError,
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(1);
    expect(error.retryAfterMs).toBe(120_000);
    expect(error.retryable).toBe(true);
  });

  it('stops waiting between attempts as soon as the caller cancels, with the caller’s reason', async () => {
    server = await startTestHttpServer((_req, res) => res.writeHead(503, { 'retry-after': '10' }).end());
    const controller = new AbortController();
    const reason = new Error('activity cancelled');
    setTimeout(() => controller.abort(reason), 200);

    const started = Date.now();
    const error = await expectRejection(
      createHttpClient({ signal: controller.signal }).request({ method: 'GET', url: server.url }),
      Error,
    );
    expect(error).toBe(reason);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
