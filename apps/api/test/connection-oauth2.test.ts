import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuth2AuthorizationCodeFields } from '@tributary/connector-sdk';
import { createConnectionSecretCipher, createPrismaClient, type PrismaClient } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { captureLogs, startApi, uniqueSlug, type ApiResponse, type RunningApi } from './running-api';

const CLIENT_ID = 'tributary-test-client';
const CLIENT_SECRET = 'oauth-client-secret-5d8e';

/**
 * A small authorization server: `/token` accepts a code it issued once, with
 * the PKCE verifier matching the challenge of that authorization, the
 * registered redirect URI and HTTP Basic client authentication.
 */
class LocalOAuth2Provider {
  readonly issuedSecrets: string[] = [];
  private readonly codes = new Map<string, { challenge: string; redirectUri: string }>();
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const answer = (status: number, json: object) => {
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(json));
        };
        if (request.method !== 'POST' || request.url !== '/token') return answer(404, { error: 'not_found' });
        const form = new URLSearchParams(body);
        const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');
        if (request.headers.authorization !== `Basic ${basic}`) return answer(401, { error: 'invalid_client' });
        const grant = this.codes.get(form.get('code') ?? '');
        this.codes.delete(form.get('code') ?? '');
        const verifier = form.get('code_verifier') ?? '';
        this.issuedSecrets.push(verifier);
        if (
          form.get('grant_type') !== 'authorization_code' ||
          grant === undefined ||
          grant.redirectUri !== form.get('redirect_uri') ||
          createHash('sha256').update(verifier).digest('base64url') !== grant.challenge
        ) {
          return answer(400, { error: 'invalid_grant', error_description: 'code, verifier or redirect_uri mismatch' });
        }
        const accessToken = `at-${randomBytes(12).toString('hex')}`;
        const refreshToken = `rt-${randomBytes(12).toString('hex')}`;
        this.issuedSecrets.push(accessToken, refreshToken);
        answer(200, {
          access_token: accessToken,
          refresh_token: refreshToken,
          token_type: 'Bearer',
          expires_in: 3600,
          scope: 'contacts.read offline_access',
        });
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** What the provider does when the user approves: remember the challenge and hand out a code. */
  approve(authorizationUrl: string): { code: string; state: string } {
    const url = new URL(authorizationUrl);
    const code = `code-${randomBytes(12).toString('hex')}`;
    this.issuedSecrets.push(code);
    this.codes.set(code, {
      challenge: url.searchParams.get('code_challenge') ?? '',
      redirectUri: url.searchParams.get('redirect_uri') ?? '',
    });
    return { code, state: url.searchParams.get('state') ?? '' };
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const provider = new LocalOAuth2Provider();
const logs = captureLogs();
const responses: ApiResponse[] = [];
let api: RunningApi;
let prisma: PrismaClient;
beforeAll(async () => {
  await provider.start();
  api = await startApi({ PUBLIC_URL: 'https://tributary.example.com' }, logs);
  prisma = createPrismaClient(inject('databaseUrl'));
});
afterAll(async () => {
  await api?.close();
  await prisma?.$disconnect();
  await provider.close();
});

async function call(...args: Parameters<RunningApi['request']>): Promise<ApiResponse> {
  const response = await api.request(...args);
  responses.push(response);
  return response;
}

/** The browser following the provider's redirect: no API key, no redirect following. */
async function callback(
  query: Record<string, string>,
): Promise<{ status: number; location: string | null; body: ApiResponse['body'] }> {
  const response = await fetch(`${api.baseUrl}/v1/oauth2/callback?${new URLSearchParams(query)}`, {
    redirect: 'manual',
  });
  const text = await response.text();
  const body = text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  responses.push({ status: response.status, contentType: '', headers: response.headers, body });
  return { status: response.status, location: response.headers.get('location'), body };
}

async function createOAuth2Connection(clientSecret = CLIENT_SECRET): Promise<string> {
  const created = await call('POST', '/v1/connections', {
    name: uniqueSlug('crm'),
    connector: 'http',
    config: {
      authorizeUrl: `${provider.url}/authorize?tenant=acme`,
      tokenUrl: `${provider.url}/token`,
      clientId: CLIENT_ID,
      scope: 'contacts.read offline_access',
      authorizeParams: { access_type: 'offline' },
    },
    secrets: { clientSecret },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id;
}

async function authorize(id: string): Promise<string> {
  const started = await call('POST', `/v1/connections/${id}/oauth2/authorize`);
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  return started.body.authorizationUrl;
}

describe('OAuth2 authorization-code flow', () => {
  it('builds the provider URL with state and a PKCE S256 challenge', async () => {
    const id = await createOAuth2Connection();
    const started = await call('POST', `/v1/connections/${id}/oauth2/authorize`);
    expect(started.body).toMatchObject({
      object: 'oauth2_authorization',
      redirectUri: 'https://tributary.example.com/v1/oauth2/callback',
    });
    const expiresIn = Date.parse(started.body.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(9 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(10 * 60_000);
    const url = new URL(started.body.authorizationUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.url}/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      tenant: 'acme',
      access_type: 'offline',
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: 'https://tributary.example.com/v1/oauth2/callback',
      scope: 'contacts.read offline_access',
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await prisma.oAuthAuthorization.findUniqueOrThrow({
      where: { state: url.searchParams.get('state')! },
    });
    expect(stored.connectionId).toBe(id);
    expect(createHash('sha256').update(stored.codeVerifier).digest('base64url')).toBe(
      url.searchParams.get('code_challenge'),
    );
  });

  it('exchanges the code, stores the tokens where the SDK helper reads them, and redirects to the connection', async () => {
    const id = await createOAuth2Connection();
    const { code, state } = provider.approve(await authorize(id));
    const done = await callback({ code, state });
    expect(done.status).toBe(303);
    expect(done.location).toBe(`https://tributary.example.com/connections/${id}?oauth=connected`);

    const row = await prisma.connection.findUniqueOrThrow({ where: { id } });
    const secrets = createConnectionSecretCipher(api.config.connectionSecretKeys).decrypt(row.encryptedSecrets);
    expect(secrets).toMatchObject({
      clientSecret: CLIENT_SECRET,
      accessToken: expect.stringMatching(/^at-/),
      refreshToken: expect.stringMatching(/^rt-/),
      scope: 'contacts.read offline_access',
    });
    expect(Date.parse(secrets.expiresAt as string) - Date.now()).toBeGreaterThan(3500_000);
    expect(row.secretFields).toEqual(['accessToken', 'clientSecret', 'expiresAt', 'refreshToken', 'scope']);
    // What a connector's oauth2AuthorizationCode helper will get as ctx.auth:
    const auth = OAuth2AuthorizationCodeFields.safeParse({ ...(row.config as object), ...secrets });
    expect(auth.success, JSON.stringify(auth.error?.issues)).toBe(true);
    expect(await prisma.oAuthAuthorization.count({ where: { state } })).toBe(0);
    const audit = await prisma.auditEvent.findMany({ where: { targetId: id, action: 'connection.oauth2_connected' } });
    expect(audit[0]!.data).toMatchObject({ secretFieldsSet: ['accessToken', 'expiresAt', 'refreshToken', 'scope'] });

    const replay = await callback({ code, state });
    expect(replay.status).toBe(400);
    expect(replay.body.code).toBe('oauth2_state_invalid');
  });

  it('reports a provider error and spends the state', async () => {
    const id = await createOAuth2Connection();
    const state = new URL(await authorize(id)).searchParams.get('state')!;
    const denied = await callback({ state, error: 'access_denied', error_description: 'The user declined' });
    expect(denied.status).toBe(400);
    expect(denied.body).toMatchObject({
      code: 'oauth2_authorization_denied',
      providerError: 'access_denied',
      connectionId: id,
    });
    expect(denied.body.detail).toContain('The user declined');
    expect((await callback({ state, code: 'late' })).body.code).toBe('oauth2_state_invalid');
  });

  it('answers 502 without secrets when the token endpoint refuses the exchange', async () => {
    const id = await createOAuth2Connection('a-wrong-client-secret');
    const { code, state } = provider.approve(await authorize(id));
    const failed = await callback({ code, state });
    expect(failed.status).toBe(502);
    expect(failed.body).toMatchObject({ code: 'oauth2_token_exchange_failed', providerError: 'invalid_client' });
    expect(JSON.stringify(failed.body)).not.toContain('a-wrong-client-secret');
    const row = await prisma.connection.findUniqueOrThrow({ where: { id } });
    expect(row.secretFields).toEqual(['clientSecret']);
  });

  it('refuses an expired or unknown state, and a callback without one', async () => {
    const id = await createOAuth2Connection();
    const { code, state } = provider.approve(await authorize(id));
    await prisma.oAuthAuthorization.update({ where: { state }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await callback({ code, state });
    expect(expired.status).toBe(400);
    expect(expired.body.code).toBe('oauth2_state_expired');
    expect((await callback({ code, state: 'never-issued' })).body.code).toBe('oauth2_state_invalid');
    const missing = await callback({ code });
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((error: { path: string }) => error.path)).toEqual(['state']);
  });

  it('answers 409 naming what a connection lacks for OAuth2', async () => {
    const created = await call('POST', '/v1/connections', {
      name: uniqueSlug('half-oauth'),
      connector: 'http',
      config: { authorizeUrl: 'ftp://nope', clientId: CLIENT_ID },
      secrets: {},
    });
    const refused = await call('POST', `/v1/connections/${created.body.id}/oauth2/authorize`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('connection_not_oauth2_ready');
    expect(refused.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(
      ['config.authorizeUrl', 'config.tokenUrl', 'secrets.clientSecret'].sort(),
    );
  });

  it('needs connections:write to start, and answers 404 for an unknown connection', async () => {
    const id = await createOAuth2Connection();
    expect((await call('POST', `/v1/connections/${id}/oauth2/authorize`, undefined, {}, { apiKey: null })).status).toBe(
      401,
    );
    const key = await call('POST', '/v1/api-keys', { name: uniqueSlug('reader'), scopes: ['flows:read'] });
    expect(
      (await call('POST', `/v1/connections/${id}/oauth2/authorize`, undefined, {}, { apiKey: key.body.key })).status,
    ).toBe(403);
    expect((await call('POST', '/v1/connections/conn_00000000000000000000000000/oauth2/authorize')).status).toBe(404);
  });

  it('never shows the client secret, a code, a verifier or a token in a response or log line', () => {
    const seen = [...responses.map((response) => JSON.stringify(response.body)), ...logs.lines].join('\n');
    expect(provider.issuedSecrets.length).toBeGreaterThan(4);
    for (const secret of [CLIENT_SECRET, 'a-wrong-client-secret', ...provider.issuedSecrets]) {
      expect(seen).not.toContain(secret);
    }
  });
});
