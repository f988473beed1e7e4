import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { WorkOrder, startCmmsSimulator, type CmmsSimulator } from '../index';

const API_KEY = 'cmms-test-key';
const CLIENT = { clientId: 'tributary', clientSecret: 'client-secret-123' };
const validWorkOrder = { title: 'Replace pump seal', assetTag: 'PUMP-07', priority: 1, dueAt: '2026-12-15T00:00:00Z' };

/** The documented response shapes; parsing with them asserts the CMMS answers with them. */
const ErrorBody = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
const OAuthError = z.object({ error: z.string(), error_description: z.string() });
const TokenBody = z.object({ access_token: z.string(), token_type: z.literal('Bearer'), expires_in: z.number() });
const WorkOrderPage = z.object({
  data: z.array(WorkOrder),
  page: z.number(),
  pageSize: z.number(),
  total: z.number(),
  nextPage: z.number().nullable(),
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function startCmms(options: Partial<Parameters<typeof startCmmsSimulator>[0]> = {}): Promise<CmmsSimulator> {
  const cmms = await startCmmsSimulator({ apiKey: API_KEY, oauthClients: [CLIENT], ...options });
  cleanups.push(() => cmms.close());
  return cmms;
}

function createWorkOrder(
  cmms: CmmsSimulator,
  body: unknown,
  headers: Record<string, string> = { 'x-api-key': API_KEY },
) {
  return fetch(`${cmms.url}/api/work-orders`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

function requestToken(cmms: CmmsSimulator, form: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${cmms.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

describe('CMMS simulator', () => {
  it('rejects API calls without credentials with 401 and a WWW-Authenticate challenge', async () => {
    const cmms = await startCmms();

    const response = await createWorkOrder(cmms, validWorkOrder, {});

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="acme-cmms"');
    expect(await response.json()).toMatchObject({ error: 'unauthorized' });
    expect(cmms.workOrders()).toEqual([]);
  });

  it('rejects a wrong API key without echoing it', async () => {
    const cmms = await startCmms();

    const response = await createWorkOrder(cmms, validWorkOrder, { 'x-api-key': 'not-the-key' });

    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain('not-the-key');
  });

  it('creates a work order with the API key and serves it by id', async () => {
    const cmms = await startCmms();

    const response = await createWorkOrder(cmms, { ...validWorkOrder, externalRef: 'MJ-100001' });

    expect(response.status).toBe(201);
    const workOrder = WorkOrder.parse(await response.json());
    expect(workOrder).toMatchObject({
      title: 'Replace pump seal',
      assetTag: 'PUMP-07',
      priority: 1,
      dueAt: '2026-12-15T00:00:00.000Z',
      status: 'open',
      externalRef: 'MJ-100001',
    });
    expect(workOrder.id).toMatch(/^WO-\d{4}-000001$/);
    const fetched = await fetch(`${cmms.url}/api/work-orders/${workOrder.id}`, { headers: { 'x-api-key': API_KEY } });
    expect(await fetched.json()).toEqual(workOrder);
    const second = WorkOrder.parse(await (await createWorkOrder(cmms, validWorkOrder)).json());
    expect(second.id).toMatch(/^WO-\d{4}-000002$/);
    expect(cmms.workOrders()).toHaveLength(2);
  });

  it('answers 404 for an unknown work order', async () => {
    const cmms = await startCmms();

    const response = await fetch(`${cmms.url}/api/work-orders/WO-2026-999999`, { headers: { 'x-api-key': API_KEY } });

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'work_order_not_found' });
  });

  it('issues an OAuth2 client-credentials token from a form body and accepts it as a bearer token', async () => {
    const cmms = await startCmms();

    const tokenResponse = await requestToken(cmms, { grant_type: 'client_credentials', ...toForm(CLIENT) });

    expect(tokenResponse.status).toBe(200);
    expect(tokenResponse.headers.get('cache-control')).toBe('no-store');
    const token = TokenBody.parse(await tokenResponse.json());
    expect(token).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const created = await createWorkOrder(cmms, validWorkOrder, { authorization: `Bearer ${token.access_token}` });
    expect(created.status).toBe(201);
  });

  it('accepts client credentials sent with HTTP Basic authentication', async () => {
    const cmms = await startCmms();
    const basic = Buffer.from(`${CLIENT.clientId}:${CLIENT.clientSecret}`).toString('base64');

    const tokenResponse = await requestToken(
      cmms,
      { grant_type: 'client_credentials' },
      { authorization: `Basic ${basic}` },
    );

    expect(tokenResponse.status).toBe(200);
    const { access_token } = TokenBody.parse(await tokenResponse.json());
    const list = await fetch(`${cmms.url}/api/work-orders`, { headers: { authorization: `Bearer ${access_token}` } });
    expect(list.status).toBe(200);
  });

  it('refuses a token for a bad client secret with the OAuth2 invalid_client error', async () => {
    const cmms = await startCmms();

    const response = await requestToken(cmms, {
      grant_type: 'client_credentials',
      client_id: CLIENT.clientId,
      client_secret: 'wrong-secret',
    });

    expect(response.status).toBe(401);
    const body = OAuthError.parse(await response.json());
    expect(body.error).toBe('invalid_client');
    expect(JSON.stringify(body)).not.toContain('wrong-secret');
  });

  it('refuses grant types other than client_credentials', async () => {
    const cmms = await startCmms();

    const response = await requestToken(cmms, { grant_type: 'password', ...toForm(CLIENT) });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('rejects unknown and expired bearer tokens with an invalid_token challenge', async () => {
    const cmms = await startCmms({ tokenTtlSeconds: 1 });
    const { access_token } = TokenBody.parse(
      await (await requestToken(cmms, { grant_type: 'client_credentials', ...toForm(CLIENT) })).json(),
    );

    const unknown = await createWorkOrder(cmms, validWorkOrder, { authorization: 'Bearer made-up-token' });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const expired = await createWorkOrder(cmms, validWorkOrder, { authorization: `Bearer ${access_token}` });

    expect(unknown.status).toBe(401);
    expect(unknown.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ error: 'invalid_token', message: 'The access token expired' });
  });

  it('rejects an invalid work order with 422 and the path of every invalid field', async () => {
    const cmms = await startCmms();

    const response = await createWorkOrder(cmms, { title: '', priority: 'High', dueAt: '15.12.2026', plant: 'HAM-01' });

    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: 'validation_failed',
      message: 'The work order is invalid',
      fields: [
        { path: 'title', message: 'must not be empty' },
        { path: 'assetTag', message: 'required' },
        { path: 'priority', message: 'expected 1 (high), 2 (medium) or 3 (low)' },
        { path: 'dueAt', message: 'expected an ISO-8601 date-time such as 2026-12-15T08:00:00Z' },
        { path: 'plant', message: 'unknown field' },
      ],
    });
    expect(cmms.workOrders()).toEqual([]);
  });

  it('normalises an ISO date or a date-time with offset to a UTC due date', async () => {
    const cmms = await startCmms();

    const dateOnly = WorkOrder.parse(
      await (await createWorkOrder(cmms, { ...validWorkOrder, dueAt: '2026-12-15' })).json(),
    );
    const withOffset = WorkOrder.parse(
      await (await createWorkOrder(cmms, { ...validWorkOrder, dueAt: '2026-12-15T08:00:00+02:00' })).json(),
    );

    expect(dateOnly.dueAt).toBe('2026-12-15T00:00:00.000Z');
    expect(withOffset.dueAt).toBe('2026-12-15T06:00:00.000Z');
  });

  it('returns the same work order for a repeated Idempotency-Key instead of creating a second one', async () => {
    const cmms = await startCmms();
    const headers = { 'x-api-key': API_KEY, 'idempotency-key': 'erp-MJ-100001' };

    const first = await createWorkOrder(cmms, validWorkOrder, headers);
    const reordered = { dueAt: validWorkOrder.dueAt, priority: 1, assetTag: 'PUMP-07', title: 'Replace pump seal' };
    const repeat = await createWorkOrder(cmms, reordered, headers);

    expect(first.status).toBe(201);
    expect(repeat.status).toBe(201);
    expect(repeat.headers.get('idempotent-replayed')).toBe('true');
    expect(WorkOrder.parse(await repeat.json()).id).toBe(WorkOrder.parse(await first.json()).id);
    expect(cmms.workOrders()).toHaveLength(1);
  });

  it('refuses to reuse an Idempotency-Key for a different work order', async () => {
    const cmms = await startCmms();
    const headers = { 'x-api-key': API_KEY, 'idempotency-key': 'erp-MJ-100001' };
    await createWorkOrder(cmms, validWorkOrder, headers);

    const conflicting = await createWorkOrder(cmms, { ...validWorkOrder, priority: 3 }, headers);

    expect(conflicting.status).toBe(409);
    expect(await conflicting.json()).toMatchObject({ error: 'idempotency_key_reused' });
    expect(cmms.workOrders()).toHaveLength(1);
  });

  it('pages through work orders oldest first', async () => {
    const cmms = await startCmms();
    for (let i = 1; i <= 5; i++) await createWorkOrder(cmms, { ...validWorkOrder, title: `Job ${i}` });
    const page = async (query: string) =>
      WorkOrderPage.parse(
        await (await fetch(`${cmms.url}/api/work-orders?${query}`, { headers: { 'x-api-key': API_KEY } })).json(),
      );

    const first = await page('page=1&pageSize=2');
    const last = await page('page=3&pageSize=2');
    const beyond = await page('page=4&pageSize=2');
    const defaults = await page('');

    expect(first).toMatchObject({ page: 1, pageSize: 2, total: 5, nextPage: 2 });
    expect(first.data.map((w) => w.title)).toEqual(['Job 1', 'Job 2']);
    expect(last).toMatchObject({ page: 3, total: 5, nextPage: null });
    expect(last.data.map((w) => w.title)).toEqual(['Job 5']);
    expect(beyond).toMatchObject({ data: [], nextPage: null });
    expect(defaults).toMatchObject({ page: 1, pageSize: 20, total: 5, nextPage: null });
  });

  it('rejects invalid paging parameters with their field paths', async () => {
    const cmms = await startCmms();

    const response = await fetch(`${cmms.url}/api/work-orders?page=0&pageSize=500`, {
      headers: { 'x-api-key': API_KEY },
    });

    expect(response.status).toBe(400);
    expect(ErrorBody.parse(await response.json()).fields?.map((f) => f.path)).toEqual(['page', 'pageSize']);
  });

  it('answers 429 with Retry-After for the next calls after setFault, then recovers', async () => {
    const cmms = await startCmms();
    cmms.setFault({ status: 429, times: 2, retryAfterSeconds: 3 });

    const limited = [await createWorkOrder(cmms, validWorkOrder), await createWorkOrder(cmms, validWorkOrder)];
    const recovered = await createWorkOrder(cmms, validWorkOrder);

    for (const response of limited) {
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('3');
      expect(await response.json()).toMatchObject({ error: 'rate_limited' });
    }
    expect(recovered.status).toBe(201);
    expect(cmms.workOrders()).toHaveLength(1);
  });

  it('simulates an outage with 503 until the fault is cleared', async () => {
    const cmms = await startCmms();
    cmms.setFault({ status: 503, times: 100 });

    const during = await fetch(`${cmms.url}/api/work-orders`, { headers: { 'x-api-key': API_KEY } });
    cmms.setFault(null);
    const after = await fetch(`${cmms.url}/api/work-orders`, { headers: { 'x-api-key': API_KEY } });

    expect(during.status).toBe(503);
    expect(await during.json()).toMatchObject({ error: 'service_unavailable' });
    expect(after.status).toBe(200);
  });

  it('lists work orders on its home page', async () => {
    const cmms = await startCmms();
    await createWorkOrder(cmms, { ...validWorkOrder, title: 'Fix <valve>' });

    const page = await fetch(`${cmms.url}/`);

    const html = await page.text();
    expect(html).toContain('Acme CMMS — work orders');
    expect(html).toContain('Fix &#60;valve&#62;');
  });
});

function toForm(client: typeof CLIENT): Record<string, string> {
  return { client_id: client.clientId, client_secret: client.clientSecret };
}
