import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inMemoryConnection } from './connection-handle';
import { defineAction } from './define-action';
import { defineConnector } from './define-connector';
import { HttpError, NonRetryableError } from './errors';
import { executeAction } from './execute-action';
import { createHttpClient } from './http-client';
import { OAuth2AuthorizationCodeFields, oauth2AuthorizationCode } from './oauth2-authorization-code';
import { expectRejection } from './testing/expect-rejection';
import { sendJson, startTestHttpServer, type TestHttpServer } from './testing/test-http-server';

const CLIENT_SECRET = 'client-s3cr3t:+/=';
const servers: TestHttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

interface TokenServerOptions {
  /** hand out a new refresh token with every refresh */
  rotate?: boolean;
  /** answer invalid_grant, as a server does for a revoked or already used refresh token */
  reject?: boolean;
  /** delay each answer, so concurrent refreshes really overlap */
  delayMs?: number;
}

/**
 * A token endpoint that accepts each refresh token once (as rotating servers
 * do) and numbers its access tokens, so a test can tell which refresh made one.
 */
async function startTokenServer(options: TokenServerOptions = {}) {
  const validRefreshTokens = new Set(['refresh-0']);
  let issued = 0;
  const server = await startTestHttpServer(async (req, res) => {
    if (options.delayMs) await sleep(options.delayMs);
    const form = new URLSearchParams(req.body);
    const refreshToken = form.get('refresh_token') ?? '';
    if (options.reject || form.get('grant_type') !== 'refresh_token' || !validRefreshTokens.has(refreshToken)) {
      return sendJson(res, 400, {
        error: 'invalid_grant',
        error_description: `refresh token ${refreshToken} is not valid`,
      });
    }
    issued += 1;
    if (options.rotate) {
      validRefreshTokens.delete(refreshToken);
      validRefreshTokens.add(`refresh-${issued}`);
    }
    sendJson(res, 200, {
      access_token: `access-${issued}`,
      token_type: 'Bearer',
      expires_in: 3600,
      ...(options.rotate ? { refresh_token: `refresh-${issued}` } : {}),
    });
  });
  servers.push(server);
  return server;
}

/** An API that accepts only the tokens in `valid` (which a test may change). */
async function startApi(valid: Set<string>) {
  const server = await startTestHttpServer((req, res) => {
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!valid.has(token)) return sendJson(res, 401, { error: 'invalid_token', youSent: req.headers.authorization });
    sendJson(res, 200, { ok: true, token });
  });
  servers.push(server);
  return server;
}

const Auth = z.object({ baseUrl: z.url(), ...OAuth2AuthorizationCodeFields.shape });
type Auth = z.output<typeof Auth>;

const whoAmI = defineAction({
  name: 'whoAmI',
  displayName: 'Who am I',
  auth: Auth,
  input: z.object({}),
  output: z.object({ token: z.string() }),
  async run(ctx) {
    const oauth = oauth2AuthorizationCode({ auth: ctx.auth, connection: ctx.connection });
    const api = createHttpClient({ baseUrl: ctx.auth.baseUrl, authorizer: oauth.authorizer, logger: ctx.logger });
    const { body } = await api.request({ method: 'GET', url: 'me', responseSchema: z.object({ token: z.string() }) });
    return { token: body.token };
  },
});
const crm = defineConnector({ name: 'crm', version: '1.0.0', displayName: 'CRM', auth: Auth, actions: { whoAmI } });

function connection(tokenUrl: string, apiUrl: string, overrides: Partial<Auth> = {}): Auth {
  return {
    baseUrl: apiUrl,
    tokenUrl,
    clientId: 'tributary',
    clientSecret: CLIENT_SECRET,
    accessToken: 'access-expired',
    refreshToken: 'refresh-0',
    expiresAt: new Date(Date.now() - 1_000).toISOString(),
    ...overrides,
  };
}

function run(stored: ReturnType<typeof inMemoryConnection>) {
  return executeAction(crm, 'whoAmI', {
    input: {},
    auth: stored.current(),
    connection: stored,
    idempotencyKey: 'run_1:step_1',
  });
}

describe('oauth2AuthorizationCode', () => {
  it('refreshes an expired token, calls the API with the new one and stores it', async () => {
    const tokens = await startTokenServer();
    const api = await startApi(new Set(['access-1']));
    const stored = inMemoryConnection(connection(tokens.url, api.url));

    expect(await run(stored)).toEqual({ token: 'access-1' });

    const form = Object.fromEntries(new URLSearchParams(tokens.requests[0]?.body));
    expect(form).toEqual({ grant_type: 'refresh_token', refresh_token: 'refresh-0' });
    expect(tokens.requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from(`tributary:${encodeURIComponent(CLIENT_SECRET)}`).toString('base64')}`,
    );
    const after = stored.current();
    expect(after).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-0' });
    expect(Date.parse(String(after.expiresAt))).toBeGreaterThan(Date.now() + 3_500_000);
  });

  it('uses a stored token that is still valid without calling the token endpoint', async () => {
    const tokens = await startTokenServer();
    const api = await startApi(new Set(['access-live']));
    const expiresAt = new Date(Date.now() + 600_000).toISOString();
    const stored = inMemoryConnection(connection(tokens.url, api.url, { accessToken: 'access-live', expiresAt }));

    expect(await run(stored)).toEqual({ token: 'access-live' });
    expect(tokens.requests).toHaveLength(0);
  });

  it('refreshes a token that expires within the 60 s skew', async () => {
    const tokens = await startTokenServer();
    const api = await startApi(new Set(['access-1']));
    const expiresAt = new Date(Date.now() + 30_000).toISOString();
    const stored = inMemoryConnection(connection(tokens.url, api.url, { expiresAt }));

    expect(await run(stored)).toEqual({ token: 'access-1' });
    expect(tokens.requests).toHaveLength(1);
  });

  it('keeps the rotated refresh token, so the next refresh works', async () => {
    const tokens = await startTokenServer({ rotate: true });
    const valid = new Set(['access-1']);
    const api = await startApi(valid);
    const stored = inMemoryConnection(connection(tokens.url, api.url));

    await run(stored);
    expect(stored.current()).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });

    // The token runs out; the next refresh must use refresh-1, since refresh-0 is spent.
    await stored.updateSecrets(async () => ({ expiresAt: new Date(Date.now() - 1).toISOString() }));
    valid.add('access-2');
    expect(await run(stored)).toEqual({ token: 'access-2' });
    expect(new URLSearchParams(tokens.requests[1]?.body).get('refresh_token')).toBe('refresh-1');
    expect(stored.current()).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });
  });

  it('refreshes once after a 401 and retries the request with the new token', async () => {
    const tokens = await startTokenServer();
    const api = await startApi(new Set(['access-1']));
    const expiresAt = new Date(Date.now() + 600_000).toISOString();
    const stored = inMemoryConnection(connection(tokens.url, api.url, { accessToken: 'access-revoked', expiresAt }));

    expect(await run(stored)).toEqual({ token: 'access-1' });
    expect(api.requests.map((request) => request.headers.authorization)).toEqual([
      'Bearer access-revoked',
      'Bearer access-1',
    ]);
    expect(tokens.requests).toHaveLength(1);
  });

  it('fails with the 401 when the refreshed token is refused too, refreshing only once', async () => {
    const tokens = await startTokenServer();
    const api = await startApi(new Set());
    const stored = inMemoryConnection(connection(tokens.url, api.url));

    const error = await expectRejection(run(stored), HttpError);
    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
    expect(error.message).not.toContain('access-');
    // one refresh for the expired token, one after the 401, then give up
    expect(tokens.requests).toHaveLength(2);
    expect(api.requests).toHaveLength(2);
  });

  it('refreshes once for two concurrent actions; the second uses the first one’s token', async () => {
    const tokens = await startTokenServer({ rotate: true, delayMs: 200 });
    const api = await startApi(new Set(['access-1']));
    const stored = inMemoryConnection(connection(tokens.url, api.url));

    const results = await Promise.all([run(stored), run(stored)]);
    expect(results).toEqual([{ token: 'access-1' }, { token: 'access-1' }]);
    expect(tokens.requests).toHaveLength(1);
    expect(stored.current()).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  });

  it('reports a rejected refresh as a non-retryable connection problem without leaking secrets', async () => {
    const tokens = await startTokenServer({ reject: true });
    const api = await startApi(new Set());
    const stored = inMemoryConnection(connection(tokens.url, api.url, { refreshToken: 'refresh-secret-9' }));

    const error = await expectRejection(run(stored), NonRetryableError);
    expect(error.code).toBe('OAUTH2_REFRESH_REJECTED');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('must be reconnected');
    expect(error.message).toContain('invalid_grant');
    const visible = [error.message, error.stack ?? '', JSON.stringify(error)].join('\n');
    for (const secret of ['refresh-secret-9', CLIENT_SECRET, 'access-expired']) expect(visible).not.toContain(secret);
    expect(api.requests).toHaveLength(0);
    expect(stored.current()).toMatchObject({ refreshToken: 'refresh-secret-9', accessToken: 'access-expired' });
  });
});
