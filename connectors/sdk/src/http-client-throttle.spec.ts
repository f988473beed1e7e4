import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineAction } from './define-action';
import { defineConnector } from './define-connector';
import { RateLimitedError } from './errors';
import { executeAction } from './execute-action';
import { createHttpClient } from './http-client';
import { expectRejection } from './testing/expect-rejection';
import { sendJson, startTestHttpServer, type TestHttpServer } from './testing/test-http-server';

let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('createHttpClient with a throttle', () => {
  it('awaits the throttle before every attempt, retries included', async () => {
    const events: string[] = [];
    server = await startTestHttpServer((_req, res, index) => {
      events.push(`request ${index + 1}`);
      if (index === 0) return void res.writeHead(503, { 'retry-after': '0' }).end();
      if (index === 1) return void res.writeHead(429, { 'retry-after': '0' }).end();
      sendJson(res, 200, { ok: true });
    });
    let calls = 0;
    const client = createHttpClient({
      baseUrl: server.url,
      throttle: async () => {
        events.push(`throttle ${++calls}`);
      },
    });

    const response = await client.request({ method: 'GET', url: '/items' });

    expect(response.attempts).toBe(3);
    expect(events).toEqual(['throttle 1', 'request 1', 'throttle 2', 'request 2', 'throttle 3', 'request 3']);
  });

  it('does not send a request until the throttle lets it go', async () => {
    server = await startTestHttpServer((_req, res) => sendJson(res, 200, { ok: true }));
    const started = Date.now();
    const client = createHttpClient({ baseUrl: server.url, throttle: () => sleep(300) });

    await client.request({ method: 'GET', url: '/items' });

    expect(server.requests[0]!.receivedAt - started).toBeGreaterThanOrEqual(290);
  });

  it('sends nothing when the throttle refuses, and passes its RateLimitedError on', async () => {
    server = await startTestHttpServer((_req, res) => sendJson(res, 200, { ok: true }));
    const client = createHttpClient({
      baseUrl: server.url,
      throttle: () => Promise.reject(new RateLimitedError('connection limit reached', { retryAfterMs: 90_000 })),
    });

    const error = await expectRejection(client.request({ method: 'GET', url: '/items' }), RateLimitedError);

    expect(error.retryAfterMs).toBe(90_000);
    expect(server.requests).toHaveLength(0);
  });
});

describe('executeAction and ctx.throttle', () => {
  const pages = defineAction({
    name: 'readTwoPages',
    displayName: 'Read two pages',
    input: z.object({ url: z.url() }),
    output: z.object({ pages: z.number() }),
    async run(ctx, input) {
      const http = createHttpClient({ throttle: ctx.throttle, signal: ctx.signal });
      await http.request({ method: 'GET', url: `${input.url}?page=1` });
      await http.request({ method: 'GET', url: `${input.url}?page=2` });
      return { pages: 2 };
    },
  });
  const connector = defineConnector({
    name: 'paged',
    version: '1.0.0',
    displayName: 'Paged',
    auth: z.object({}),
    actions: { readTwoPages: pages },
  });

  it('hands the caller’s throttle to the action, so every page request is counted', async () => {
    server = await startTestHttpServer((_req, res) => sendJson(res, 200, {}));
    let taken = 0;

    await executeAction(connector, 'readTwoPages', {
      input: { url: server.url },
      auth: {},
      idempotencyKey: 'run_1:step_1',
      throttle: async () => {
        taken++;
      },
    });

    expect(taken).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it('gives actions a throttle that never waits when the caller has none', async () => {
    server = await startTestHttpServer((_req, res) => sendJson(res, 200, {}));

    const output = await executeAction(connector, 'readTwoPages', {
      input: { url: server.url },
      auth: {},
      idempotencyKey: 'run_1:step_1',
    });

    expect(output).toEqual({ pages: 2 });
  });
});
