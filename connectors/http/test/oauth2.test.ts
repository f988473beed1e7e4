import { setTimeout as sleep } from 'node:timers/promises';
import {
  HttpError,
  inMemoryConnection,
  InvalidConnectionError,
  InvalidInputError,
  NonRetryableError,
  RetryableError,
} from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { sendJson, startTestHttpServer, type TestHttpServer } from '@tributary/connector-sdk/testing/test-http-server';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { HttpAuth, OAuth2AuthorizationCodeAuth } from '../src/auth';
import { capturingLogger, runRequest } from './run-request';

const CLIENT_SECRET = 'cl1ent/s3cret+=';
const servers: TestHttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: Parameters<typeof startTestHttpServer>[0]): Promise<TestHttpServer> {
  const server = await startTestHttpServer(handler);
  servers.push(server);
  return server;
}

/** Numbers its access tokens; rotates refresh tokens, accepting each once, as strict providers do. */
async function tokenServer(options: { delayMs?: number } = {}) {
  const valid = new Set(['refresh-0']);
  let issued = 0;
  return serve(async (req, res) => {
    if (options.delayMs) await sleep(options.delayMs);
    const form = new URLSearchParams(req.body);
    if (form.get('grant_type') === 'client_credentials') {
      issued += 1;
      return sendJson(res, 200, { access_token: `cc-${issued}`, expires_in: 3600 });
    }
    const refreshToken = form.get('refresh_token') ?? '';
    if (!valid.delete(refreshToken)) return sendJson(res, 400, { error: 'invalid_grant' });
    issued += 1;
    valid.add(`refresh-${issued}`);
    sendJson(res, 200, { access_token: `access-${issued}`, refresh_token: `refresh-${issued}`, expires_in: 3600 });
  });
}

/** Accepts the bearer tokens in `valid`; answers 401 to anything else. */
function apiAccepting(valid: Set<string>) {
  return serve((req, res) =>
    valid.has((req.headers.authorization ?? '').replace(/^Bearer /, ''))
      ? sendJson(res, 200, { ok: true, auth: req.headers.authorization })
      : sendJson(res, 401, { error: 'invalid_token', echoed: req.headers.authorization }),
  );
}

function authorizationCode(
  tokenUrl: string,
  baseUrl: string,
  overrides: Partial<z.output<typeof OAuth2AuthorizationCodeAuth>> = {},
) {
  return {
    type: 'oauth2AuthorizationCode' as const,
    tokenUrl,
    baseUrl,
    clientId: 'tributary',
    clientSecret: CLIENT_SECRET,
    accessToken: 'access-stale',
    refreshToken: 'refresh-0',
    expiresAt: new Date(Date.now() - 60_000).toISOString(),
    ...overrides,
  };
}

describe('http connector: OAuth2 authorization code', () => {
  it('refreshes an expired token, calls the API with it and stores both new tokens on the connection', async () => {
    const tokens = await tokenServer();
    const api = await apiAccepting(new Set(['access-1']));
    const connection = inMemoryConnection(authorizationCode(tokens.url, api.url));

    const output = await runRequest({ method: 'GET', url: 'contacts' }, authorizationCode(tokens.url, api.url), {
      connection,
    });

    expect(output).toMatchObject({ status: 200, body: { ok: true, auth: 'Bearer access-1' } });
    expect(connection.current()).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  });

  it('refreshes once when two steps find the token expired at the same time', async () => {
    const tokens = await tokenServer({ delayMs: 150 });
    const api = await apiAccepting(new Set(['access-1']));
    const auth = authorizationCode(tokens.url, api.url);
    const connection = inMemoryConnection(auth);

    const outputs = await Promise.all([
      runRequest({ method: 'GET', url: 'a' }, auth, { connection }),
      runRequest({ method: 'GET', url: 'b' }, auth, { connection }),
    ]);

    expect(outputs.map((output) => output.status)).toEqual([200, 200]);
    expect(tokens.requests).toHaveLength(1);
  });

  it('fails a refused refresh as a non-retryable connection problem without secrets in message or logs', async () => {
    const tokens = await tokenServer();
    const api = await apiAccepting(new Set());
    const auth = authorizationCode(tokens.url, api.url, { refreshToken: 'refresh-revoked-7' });
    const logger = capturingLogger();

    const error = await expectRejection(
      runRequest({ method: 'GET', url: 'contacts' }, auth, { logger }),
      NonRetryableError,
    );
    expect(error.code).toBe('OAUTH2_REFRESH_REJECTED');
    expect(error.message).toMatch(/must be reconnected.*invalid_grant/);
    const visible = [error.message, JSON.stringify(error), ...logger.lines].join('\n');
    for (const secret of ['refresh-revoked-7', CLIENT_SECRET, 'access-stale']) expect(visible).not.toContain(secret);
    expect(api.requests).toHaveLength(0);
  });

  it('fails a 401 that survives one refresh as non-retryable, without any token in the message', async () => {
    const tokens = await tokenServer();
    const api = await apiAccepting(new Set());
    const auth = authorizationCode(tokens.url, api.url, {
      accessToken: 'access-live',
      expiresAt: new Date(Date.now() + 600_000).toISOString(),
    });

    const error = await expectRejection(runRequest({ method: 'GET', url: 'contacts' }, auth), HttpError);
    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
    expect(api.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer access-live',
      'Bearer access-1',
    ]);
    expect(error.message).toContain('Bearer [REDACTED]');
    expect(error.message).not.toMatch(/access-(live|1)/);
  });

  it('rejects a connection without a refresh token, naming the field, before any request', async () => {
    const tokens = await tokenServer();
    const { refreshToken: _omitted, ...auth } = authorizationCode(tokens.url, tokens.url);
    const error = await expectRejection(
      runRequest({ method: 'GET', url: 'x' }, auth as HttpAuth),
      InvalidConnectionError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['refreshToken']);
    expect(tokens.requests).toHaveLength(0);
  });

  it('rejects invalid step input before refreshing or calling the API', async () => {
    const tokens = await tokenServer();
    const api = await apiAccepting(new Set());
    const error = await expectRejection(
      runRequest({ method: 'GET', url: 'x', idempotencyHeader: 'bad header' }, authorizationCode(tokens.url, api.url)),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['idempotencyHeader']);
    expect(tokens.requests).toHaveLength(0);
    expect(api.requests).toHaveLength(0);
  });

  it('times out an API that does not answer, after the refresh', async () => {
    const tokens = await tokenServer();
    const api = await serve(() => undefined);
    const error = await expectRejection(
      runRequest({ method: 'GET', url: 'slow', timeoutMs: 300 }, authorizationCode(tokens.url, api.url)),
      RetryableError,
    );
    expect(error.code).toBe('TIMEOUT');
  });

  it('waits out a 429 with Retry-After and succeeds with the same token', async () => {
    const tokens = await tokenServer();
    const api = await serve((req, res, index) =>
      index === 0
        ? res.writeHead(429, { 'retry-after': '1' }).end()
        : sendJson(res, 200, { auth: req.headers.authorization }),
    );
    const output = await runRequest({ method: 'GET', url: 'busy' }, authorizationCode(tokens.url, api.url));
    expect(output.body).toEqual({ auth: 'Bearer access-1' });
    expect((api.requests[1]?.receivedAt ?? 0) - (api.requests[0]?.receivedAt ?? 0)).toBeGreaterThanOrEqual(950);
    expect(tokens.requests).toHaveLength(1);
  });
});

describe('http connector: OAuth2 client credentials', () => {
  const clientCredentials = (tokenUrl: string, baseUrl: string) => ({
    type: 'oauth2ClientCredentials' as const,
    tokenUrl,
    baseUrl,
    clientId: `app-${Math.random().toString(36).slice(2)}`, // a fresh token cache per test
    clientSecret: CLIENT_SECRET,
    scope: 'orders',
  });

  it('fetches a token and sends it as a bearer token', async () => {
    const tokens = await tokenServer();
    const api = await apiAccepting(new Set(['cc-1']));
    const output = await runRequest({ method: 'GET', url: 'orders' }, clientCredentials(tokens.url, api.url));
    expect(output.body).toMatchObject({ auth: 'Bearer cc-1' });
    expect(new URLSearchParams(tokens.requests[0]?.body).get('scope')).toBe('orders');
  });

  it('fetches a new token once after a 401 and retries', async () => {
    const tokens = await tokenServer();
    const api = await apiAccepting(new Set(['cc-2']));
    const output = await runRequest({ method: 'GET', url: 'orders' }, clientCredentials(tokens.url, api.url));
    expect(output.body).toMatchObject({ auth: 'Bearer cc-2' });
    expect(tokens.requests).toHaveLength(2);
  });

  it('fails a rejected client as non-retryable without the client secret', async () => {
    const tokens = await serve((_req, res) => sendJson(res, 401, { error: 'invalid_client' }));
    const api = await apiAccepting(new Set());
    const error = await expectRejection(
      runRequest({ method: 'GET', url: 'orders' }, clientCredentials(tokens.url, api.url)),
      NonRetryableError,
    );
    expect(error.code).toBe('OAUTH2_TOKEN_REJECTED');
    expect(JSON.stringify(error)).not.toContain(CLIENT_SECRET);
    expect(api.requests).toHaveLength(0);
  });
});
