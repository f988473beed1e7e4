import { afterEach, describe, expect, it } from 'vitest';
import { NonRetryableError, RateLimitedError, RetryableError } from './errors';
import { oauth2ClientCredentials } from './oauth2-client-credentials';
import { expectRejection } from './testing/expect-rejection';
import { sendJson, startTestHttpServer, type TestHttpServer } from './testing/test-http-server';

// Characters that change under form and base64 encoding.
const SECRET = 's3cr3t:+/=&%';

let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A token endpoint that numbers its tokens, so a test can tell a cached token from a fresh one. */
async function tokenEndpoint(expiresIn: number | undefined = 3600): Promise<TestHttpServer> {
  server = await startTestHttpServer((_req, res, index) =>
    sendJson(res, 200, { access_token: `token-${index + 1}`, token_type: 'Bearer', expires_in: expiresIn }),
  );
  return server;
}

function form(body: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(body));
}

describe('oauth2ClientCredentials', () => {
  it('requests a token with client_secret_basic, form-encoding id and secret per RFC 6749', async () => {
    const auth = await tokenEndpoint();
    const oauth = oauth2ClientCredentials({
      tokenUrl: `${auth.url}/oauth/token`,
      clientId: 'tributary app',
      clientSecret: SECRET,
      scope: 'work-orders:write',
      audience: 'https://cmms.example.com',
    });

    expect(await oauth.accessToken()).toBe('token-1');
    const [request] = auth.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/oauth/token');
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const expectedBasic = Buffer.from(`tributary+app:${new URLSearchParams({ s: SECRET }).toString().slice(2)}`);
    expect(request?.headers.authorization).toBe(`Basic ${expectedBasic.toString('base64')}`);
    expect(form(request?.body ?? '')).toEqual({
      grant_type: 'client_credentials',
      scope: 'work-orders:write',
      audience: 'https://cmms.example.com',
    });
  });

  it('sends the credentials in the body with client_secret_post', async () => {
    const auth = await tokenEndpoint();
    const oauth = oauth2ClientCredentials({
      tokenUrl: auth.url,
      clientId: 'app',
      clientSecret: SECRET,
      clientAuthentication: 'client_secret_post',
    });

    await oauth.accessToken();
    expect(auth.requests[0]?.headers.authorization).toBeUndefined();
    expect(form(auth.requests[0]?.body ?? '')).toEqual({
      grant_type: 'client_credentials',
      client_id: 'app',
      client_secret: SECRET,
    });
  });

  it('caches the token, also across instances for the same client, until invalidated', async () => {
    const auth = await tokenEndpoint();
    const options = { tokenUrl: auth.url, clientId: 'app', clientSecret: SECRET };

    expect(await oauth2ClientCredentials(options).accessToken()).toBe('token-1');
    expect(await oauth2ClientCredentials(options).accessToken()).toBe('token-1');
    expect(auth.requests).toHaveLength(1);

    oauth2ClientCredentials(options).invalidate();
    expect(await oauth2ClientCredentials(options).accessToken()).toBe('token-2');
  });

  it('shares one token request between concurrent callers', async () => {
    const auth = await tokenEndpoint();
    const options = { tokenUrl: auth.url, clientId: 'app', clientSecret: SECRET };

    const tokens = await Promise.all(Array.from({ length: 10 }, () => oauth2ClientCredentials(options).accessToken()));

    expect(new Set(tokens)).toEqual(new Set(['token-1']));
    expect(auth.requests).toHaveLength(1);
  });

  it('keeps separate tokens per scope and never hands a token to a different secret', async () => {
    const auth = await tokenEndpoint();
    const base = { tokenUrl: auth.url, clientId: 'app', clientSecret: SECRET };

    expect(await oauth2ClientCredentials(base).accessToken()).toBe('token-1');
    expect(await oauth2ClientCredentials({ ...base, scope: 'read' }).accessToken()).toBe('token-2');
    expect(await oauth2ClientCredentials({ ...base, clientSecret: 'guessed' }).accessToken()).toBe('token-3');
  });

  it('renews a token shortly before it expires', async () => {
    // 1 s lifetime: renewed after half of it, since 30 s of margin would not leave it usable at all.
    const auth = await tokenEndpoint(1);
    const oauth = oauth2ClientCredentials({ tokenUrl: auth.url, clientId: 'app', clientSecret: SECRET });

    expect(await oauth.accessToken()).toBe('token-1');
    expect(await oauth.accessToken()).toBe('token-1');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await oauth.accessToken()).toBe('token-2');
  });

  it('invalidating a token that was already replaced keeps the replacement', async () => {
    const auth = await tokenEndpoint();
    const oauth = oauth2ClientCredentials({ tokenUrl: auth.url, clientId: 'app', clientSecret: SECRET });

    const first = await oauth.accessToken();
    oauth.invalidate(first);
    const second = await oauth.accessToken();
    oauth.invalidate(first); // a second caller that also saw the old token rejected

    expect(await oauth.accessToken()).toBe(second);
    expect(auth.requests).toHaveLength(2);
  });

  it.each([400, 401])('maps %i from the token endpoint to a non-retryable error without the secret', async (status) => {
    server = await startTestHttpServer((req, res) =>
      sendJson(res, status, {
        error: status === 401 ? 'invalid_client' : 'invalid_scope',
        error_description: `rejected ${req.headers.authorization} (${SECRET})`,
      }),
    );
    const oauth = oauth2ClientCredentials({ tokenUrl: `${server.url}/token`, clientId: 'app', clientSecret: SECRET });

    const error = await expectRejection(oauth.accessToken(), NonRetryableError);

    expect(error.code).toBe('OAUTH2_TOKEN_REJECTED');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain(`POST ${server.url}/token → ${status}`);
    const visible = [error.message, JSON.stringify(error)].join('\n');
    expect(visible).not.toContain(SECRET);
    expect(visible).not.toContain(server.requests[0]?.headers.authorization?.slice('Basic '.length));
  });

  it('does not cache a failure: the next call asks again', async () => {
    server = await startTestHttpServer((_req, res, index) =>
      index === 0
        ? sendJson(res, 503, { error: 'temporarily_unavailable' })
        : sendJson(res, 200, { access_token: 'ok' }),
    );
    const oauth = oauth2ClientCredentials({ tokenUrl: server.url, clientId: 'app', clientSecret: SECRET });

    const error = await expectRejection(oauth.accessToken(), RetryableError);
    expect(error.code).toBe('OAUTH2_TOKEN_UNAVAILABLE');
    expect(await oauth.accessToken()).toBe('ok');
  });

  it('reports a 429 from the token endpoint as rate limited with its Retry-After', async () => {
    server = await startTestHttpServer((_req, res) =>
      sendJson(res, 429, { error: 'slow_down' }, { 'retry-after': '7' }),
    );
    const oauth = oauth2ClientCredentials({ tokenUrl: server.url, clientId: 'app', clientSecret: SECRET });

    const error = await expectRejection(oauth.accessToken(), RateLimitedError);
    expect(error.retryAfterMs).toBe(7000);
  });

  it('times out a token endpoint that does not answer with a retryable error', async () => {
    server = await startTestHttpServer(() => undefined);
    const oauth = oauth2ClientCredentials({
      tokenUrl: server.url,
      clientId: 'app',
      clientSecret: SECRET,
      timeoutMs: 200,
    });

    const error = await expectRejection(oauth.accessToken(), RetryableError);
    expect(error.code).toBe('TIMEOUT');
  });

  it('rejects a 200 without an access token as an unexpected response', async () => {
    server = await startTestHttpServer((_req, res) => sendJson(res, 200, { token_type: 'Bearer' }));
    const oauth = oauth2ClientCredentials({ tokenUrl: server.url, clientId: 'app', clientSecret: SECRET });

    const error = await expectRejection(oauth.accessToken(), NonRetryableError);
    expect(error.code).toBe('OAUTH2_UNEXPECTED_RESPONSE');
  });

  it('stops waiting when the caller is cancelled, while the shared request still serves the others', async () => {
    server = await startTestHttpServer((_req, res) =>
      setTimeout(() => sendJson(res, 200, { access_token: 'late', expires_in: 3600 }), 300),
    );
    const options = { tokenUrl: server.url, clientId: 'app', clientSecret: SECRET };
    const controller = new AbortController();

    const cancelled = oauth2ClientCredentials(options).accessToken(controller.signal);
    const patient = oauth2ClientCredentials(options).accessToken();
    controller.abort(new Error('run cancelled'));

    await expect(cancelled).rejects.toThrow('run cancelled');
    expect(await patient).toBe('late');
    expect(server.requests).toHaveLength(1);
  });
});
