import {
  executeAction,
  HttpError,
  InvalidInputError,
  NonRetryableError,
  RateLimitedError,
  RetryableError,
  type Connector,
  type ConnectorLogger,
} from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { sendJson, startTestHttpServer, type TestHttpServer } from '@tributary/connector-sdk/testing/test-http-server';
import { afterEach, describe, expect, it } from 'vitest';
import connector from '../src/index';
import type { SendRequestInput } from '../src/actions/send-request.action';
import type { HttpAuth } from '../src/auth';

// Characters that change under URL and base64 encoding, so every encoded form gets checked too.
const SECRET = 'sk_live_Zx9/+=&q?7';

let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Parameters<typeof startTestHttpServer>[0]): Promise<TestHttpServer> {
  server = await startTestHttpServer(handler);
  return server;
}

function capturingLogger(): ConnectorLogger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void lines.push(JSON.stringify({ level, message, fields }));
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

function send(input: SendRequestInput, auth?: HttpAuth, logger?: ConnectorLogger) {
  return executeAction(connector, 'request', {
    input,
    auth,
    idempotencyKey: 'run_test:step_http',
    ...(logger ? { logger } : {}),
  });
}

/** Answers with everything it received, which is how a misbehaving API would leak credentials back. */
function echo(status = 200) {
  return (req: { method: string; url: string; headers: object; body: string }, res: Parameters<typeof sendJson>[0]) =>
    sendJson(res, status, {
      method: req.method,
      url: req.url,
      headers: req.headers,
      body: req.body ? JSON.parse(req.body) : null,
    });
}

describe('http connector: request action', () => {
  it('sends a GET with query parameters and returns status, headers and parsed JSON', async () => {
    const api = await serve(echo());
    const output = await send({
      method: 'GET',
      url: `${api.url}/items`,
      query: { status: 'open', page: 2, archived: false },
    });

    expect(output.status).toBe(200);
    expect(output.headers['content-type']).toBe('application/json');
    expect(output.body).toMatchObject({ method: 'GET', url: '/items?status=open&page=2&archived=false' });
  });

  describe('applies each connection auth kind', () => {
    it('no auth sends no credentials', async () => {
      const api = await serve(echo());
      await send({ method: 'GET', url: api.url }, { type: 'none' });
      expect(api.requests[0]?.headers.authorization).toBeUndefined();
    });

    it('an API key in a header', async () => {
      const api = await serve(echo());
      await send({ method: 'GET', url: api.url }, { type: 'apiKey', in: 'header', name: 'X-API-Key', value: SECRET });
      expect(api.requests[0]?.headers['x-api-key']).toBe(SECRET);
    });

    it('an API key in the query string', async () => {
      const api = await serve(echo());
      await send(
        { method: 'GET', url: `${api.url}/items`, query: { page: 1 } },
        { type: 'apiKey', in: 'query', name: 'api_key', value: SECRET },
      );
      const query = new URL(api.requests[0]?.url ?? '', api.url).searchParams;
      expect(query.get('api_key')).toBe(SECRET);
      expect(query.get('page')).toBe('1');
    });

    it('a bearer token, which a step header cannot replace', async () => {
      const api = await serve(echo());
      await send(
        { method: 'GET', url: api.url, headers: { Authorization: 'Bearer forged' } },
        { type: 'bearer', token: SECRET },
      );
      expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
    });

    it('custom headers, which step headers of the same name cannot replace', async () => {
      const api = await serve(echo());
      await send(
        { method: 'GET', url: api.url, headers: { 'x-tenant': 'forged', 'X-Trace': 't1' } },
        { type: 'headers', headers: { 'X-Tenant': 'plant-7', 'X-Signature': SECRET } },
      );
      expect(api.requests[0]?.headers).toMatchObject({ 'x-tenant': 'plant-7', 'x-signature': SECRET, 'x-trace': 't1' });
    });

    it('basic auth', async () => {
      const api = await serve(echo());
      await send({ method: 'GET', url: api.url }, { type: 'basic', username: 'robot', password: SECRET });
      expect(api.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from(`robot:${SECRET}`).toString('base64')}`);
    });
  });

  it('resolves a relative URL against the connection base URL, keeping its path', async () => {
    const api = await serve(echo());
    await send({ method: 'GET', url: 'orders/42' }, { type: 'bearer', token: SECRET, baseUrl: `${api.url}/api/v2` });
    expect(api.requests[0]?.url).toBe('/api/v2/orders/42');
  });

  it('round-trips a JSON body on POST', async () => {
    const api = await serve(echo(201));
    const body = { order: { sku: 'A-100', quantity: 3 }, tags: ['urgent'], note: null };
    const output = await send({ method: 'POST', url: `${api.url}/orders`, body, headers: { 'X-Trace': 'abc' } });

    expect(api.requests[0]?.headers['content-type']).toBe('application/json');
    expect(api.requests[0]?.headers['x-trace']).toBe('abc');
    expect(output.status).toBe(201);
    expect(output.body).toMatchObject({ method: 'POST', body });
  });

  it('returns a non-JSON response as text', async () => {
    const api = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/csv' }).end('sku,qty\nA,1\n'));
    const output = await send({ method: 'GET', url: api.url });
    expect(output.body).toBe('sku,qty\nA,1\n');
  });

  it('waits as long as a 429 Retry-After asks and then succeeds', async () => {
    const api = await serve((_req, res, index) =>
      index === 0 ? res.writeHead(429, { 'retry-after': '1' }).end() : sendJson(res, 200, { ok: true }),
    );
    const started = Date.now();
    const output = await send({ method: 'POST', url: api.url, body: { n: 1 } });

    expect(output).toMatchObject({ status: 200, body: { ok: true } });
    expect(api.requests).toHaveLength(2);
    const [first, second] = api.requests;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(950);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('retries a 503 and succeeds', async () => {
    const api = await serve((_req, res, index) =>
      index === 0 ? res.writeHead(503).end('maintenance') : sendJson(res, 200, { ok: true }),
    );
    const output = await send({ method: 'GET', url: api.url });
    expect(output.body).toEqual({ ok: true });
    expect(api.requests).toHaveLength(2);
  });

  it('gives up on a persistent 500 after 3 attempts with a retryable error', async () => {
    const api = await serve((_req, res) =>
      res.writeHead(500, { 'content-type': 'text/plain' }).end('database unavailable'),
    );
    const error = await expectRejection(send({ method: 'GET', url: `${api.url}/flaky` }), RetryableError);

    expect(api.requests).toHaveLength(3);
    expect(error.retryable).toBe(true);
    expect(error.code).toBe('HTTP_SERVER_ERROR');
    expect(error.message).toBe(
      `GET ${api.url}/flaky → 500 Internal Server Error after 3 attempts: database unavailable`,
    );
  });

  it('fails a 404 at once with a non-retryable HttpError that says what was called and what came back', async () => {
    const api = await serve((_req, res) => sendJson(res, 404, { error: 'no such item' }));
    const error = await expectRejection(send({ method: 'GET', url: `${api.url}/items/9` }), HttpError);

    expect(api.requests).toHaveLength(1);
    expect(error.retryable).toBe(false);
    expect(error.code).toBe('HTTP_ERROR');
    expect(error.status).toBe(404);
    expect(error.message).toBe(`GET ${api.url}/items/9 → 404 Not Found: {"error":"no such item"}`);
  });

  it('fails a 422 with the start of the body in the message, and without the secret the API echoed back', async () => {
    const api = await serve((req, res) =>
      sendJson(res, 422, { error: 'sku is unknown', youSent: req.headers.authorization, filler: 'x'.repeat(1000) }),
    );
    const error = await expectRejection(
      send({ method: 'POST', url: `${api.url}/orders`, body: { sku: '?' } }, { type: 'bearer', token: SECRET }),
      HttpError,
    );

    expect(
      error.message.startsWith(
        `POST ${api.url}/orders → 422 Unprocessable Entity: {"error":"sku is unknown","youSent":"Bearer [REDACTED]"`,
      ),
    ).toBe(true);
    expect(error.bodyExcerpt).toHaveLength(500);
    expect(error.message).not.toContain(SECRET);
  });

  it('returns an error status instead of failing when failOnStatus is false', async () => {
    const api = await serve((_req, res) => sendJson(res, 404, { error: 'gone' }));
    const output = await send({ method: 'DELETE', url: `${api.url}/items/1`, failOnStatus: false });
    expect(output).toMatchObject({ status: 404, body: { error: 'gone' } });
  });

  it('times out a request that gets no answer with a retryable timeout error', async () => {
    const api = await serve(() => undefined); // never answers
    const started = Date.now();
    const error = await expectRejection(
      send({ method: 'GET', url: `${api.url}/slow`, timeoutMs: 300 }),
      RetryableError,
    );

    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toBe(`GET ${api.url}/slow timed out after 300 ms`);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a refused connection as a retryable error with a clear message', async () => {
    const api = await serve(echo());
    await api.close();
    const error = await expectRejection(send({ method: 'GET', url: `${api.url}/health` }), RetryableError);

    expect(error.code).toBe('CONNECTION_FAILED');
    expect(error.message).toBe(`GET ${api.url}/health failed: connection refused (ECONNREFUSED) after 3 attempts`);
  });

  it('rejects invalid step input before sending anything', async () => {
    const api = await serve(echo());
    const loaded: Connector = connector; // step input arrives as untyped JSON in the worker
    const error = await expectRejection(
      executeAction(loaded, 'request', {
        input: { method: 'FETCH', url: api.url, headers: { 'bad header': 'x' }, timeoutMs: -1, retries: 3 },
        auth: undefined,
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );

    expect(error.issues.map((issue) => issue.path)).toEqual(['method', 'headers.bad header', 'timeoutMs', '']);
    expect(error.message).toContain('Unrecognized key: "retries"');
    expect(api.requests).toHaveLength(0);
  });

  it('rejects a relative URL when the connection has no base URL', async () => {
    const error = await expectRejection(send({ method: 'GET', url: '/orders' }), NonRetryableError);
    expect(error.code).toBe('INVALID_URL');
  });

  it('hands a long Retry-After to Temporal as a RateLimitedError instead of blocking the worker', async () => {
    const api = await serve((_req, res) => res.writeHead(429, { 'retry-after': '3600' }).end());
    const error = await expectRejection(send({ method: 'GET', url: api.url }), RateLimitedError);
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(api.requests).toHaveLength(1);
  });

  describe('never reveals a connection secret in errors or logs', () => {
    const auths: [string, HttpAuth][] = [
      ['API key in a header', { type: 'apiKey', in: 'header', name: 'X-API-Key', value: SECRET }],
      ['API key in the query', { type: 'apiKey', in: 'query', name: 'key', value: SECRET }],
      ['bearer token', { type: 'bearer', token: SECRET }],
      ['basic auth', { type: 'basic', username: 'robot', password: SECRET }],
      ['custom headers', { type: 'headers', headers: { 'X-Signature': SECRET } }],
    ];
    const encodedForms = [SECRET, encodeURIComponent(SECRET), new URLSearchParams({ k: SECRET }).toString().slice(2)];

    it.each(auths)('%s', async (_name, auth) => {
      // Fails twice with 503 (retries get logged), then rejects with everything it received in the body.
      const api = await serve((req, res, index) =>
        index < 2
          ? res.writeHead(503).end(JSON.stringify(req.headers))
          : sendJson(res, 401, { headers: req.headers, url: req.url }),
      );
      const logger = capturingLogger();
      const error = await expectRejection(send({ method: 'GET', url: `${api.url}/private` }, auth, logger), HttpError);

      const visible = [error.message, error.stack ?? '', JSON.stringify(error), ...logger.lines].join('\n');
      expect(logger.lines.length).toBeGreaterThan(0);
      for (const form of [...encodedForms, Buffer.from(`robot:${SECRET}`).toString('base64')])
        expect(visible).not.toContain(form);
      expect(error.message).toContain('[REDACTED]');
    });
  });
});

describe('http connector: request bodies, idempotency and response types', () => {
  it('fails a 401 at once as non-retryable, with the credentials redacted', async () => {
    const api = await serve((req, res) => sendJson(res, 401, { error: 'bad key', got: req.headers['x-api-key'] }));
    const error = await expectRejection(
      send({ method: 'GET', url: api.url }, { type: 'apiKey', in: 'header', name: 'X-API-Key', value: SECRET }),
      HttpError,
    );
    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
    expect(api.requests).toHaveLength(1);
    expect(error.message).toContain('"got":"[REDACTED]"');
    expect(error.message).not.toContain(SECRET);
  });

  it('sends a form URL-encoded', async () => {
    const api = await serve(echoRaw);
    await send({ method: 'POST', url: api.url, form: { grant: 'a b&c', n: 2, ok: true } });
    expect(api.requests[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(api.requests[0]?.body).toBe('grant=a+b%26c&n=2&ok=true');
  });

  it('sends a raw body with the content type the step gives', async () => {
    const api = await serve(echoRaw);
    await send({
      method: 'PUT',
      url: api.url,
      rawBody: '<order id="1"/>',
      headers: { 'Content-Type': 'application/xml' },
    });
    expect(api.requests[0]?.headers['content-type']).toBe('application/xml');
    expect(api.requests[0]?.body).toBe('<order id="1"/>');
  });

  it('rejects two bodies at once, naming the second, before sending', async () => {
    const api = await serve(echoRaw);
    const error = await expectRejection(
      send({ method: 'POST', url: api.url, body: { a: 1 }, rawBody: 'x' }),
      InvalidInputError,
    );
    expect(error.issues).toEqual([{ path: 'rawBody', message: 'cannot be combined with body; send one body' }]);
    expect(api.requests).toHaveLength(0);
  });

  it('sends the step idempotency key in the header the step names, the same on every retry', async () => {
    const api = await serve((_req, res, index) =>
      index === 0 ? res.writeHead(503).end() : sendJson(res, 201, { created: true }),
    );
    await send({ method: 'POST', url: api.url, body: { n: 1 }, idempotencyHeader: 'Idempotency-Key' });
    expect(api.requests.map((request) => request.headers['idempotency-key'])).toEqual([
      'run_test:step_http',
      'run_test:step_http',
    ]);
  });

  it('returns a binary response as base64', async () => {
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe]);
    const api = await serve((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(bytes));
    const output = await send({ method: 'GET', url: api.url, responseType: 'binary' });
    expect(output).toMatchObject({ body: bytes.toString('base64'), bodyEncoding: 'base64' });
  });

  it('parses JSON the server mislabels when asked for json, and keeps JSON as text when asked for text', async () => {
    const api = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('{"a":1}'));
    expect((await send({ method: 'GET', url: api.url, responseType: 'json' })).body).toEqual({ a: 1 });
    expect((await send({ method: 'GET', url: api.url, responseType: 'text' })).body).toBe('{"a":1}');
  });

  it('fails clearly when asked for json and the body is not JSON', async () => {
    const api = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>'));
    const error = await expectRejection(send({ method: 'GET', url: api.url, responseType: 'json' }), NonRetryableError);
    expect(error.code).toBe('UNEXPECTED_RESPONSE');
    expect(error.message).toBe(`GET ${api.url}/ answered 200 with a body that is not JSON`);
  });

  it('times out a slow form post with a retryable timeout', async () => {
    const api = await serve(() => undefined);
    const error = await expectRejection(
      send({ method: 'POST', url: api.url, form: { a: 1 }, timeoutMs: 200 }),
      RetryableError,
    );
    expect(error.code).toBe('TIMEOUT');
  });

  it('waits out a 429 on a form post and sends the same body again', async () => {
    const api = await serve((_req, res, index) =>
      index === 0 ? res.writeHead(429, { 'retry-after': '1' }).end() : sendJson(res, 200, { ok: true }),
    );
    await send({ method: 'POST', url: api.url, form: { a: 1 } });
    expect(api.requests.map((request) => request.body)).toEqual(['a=1', 'a=1']);
    expect((api.requests[1]?.receivedAt ?? 0) - (api.requests[0]?.receivedAt ?? 0)).toBeGreaterThanOrEqual(950);
  });
});

function echoRaw(req: { body: string }, res: Parameters<typeof sendJson>[0]) {
  sendJson(res, 200, { received: req.body });
}
