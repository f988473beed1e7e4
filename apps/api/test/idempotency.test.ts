import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApi, uniqueSlug, webhookFlowDefinition, type RunningApi } from './running-api';

let api: RunningApi;
let connection: Connection;
let temporal: Client;
beforeAll(async () => {
  // no worker polls this queue: the test counts workflows, it does not need them to run
  api = await startApi({ TEMPORAL_TASK_QUEUE: `idempotency-${uniqueSlug('q')}` });
  connection = await Connection.connect({ address: inject('temporalAddress') });
  temporal = new Client({ connection, namespace: inject('temporalNamespace') });
});
afterAll(async () => {
  await api?.close();
  await connection?.close();
});

const key = () => uniqueSlug('idem');

function flowBody(slug: string) {
  return { slug, name: slug, definition: webhookFlowDefinition(uniqueSlug('path')) };
}

async function publishedFlow(): Promise<string> {
  const slug = uniqueSlug('manual');
  const created = await api.request('POST', '/v1/flows', flowBody(slug));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await api.request('POST', `/v1/flows/${slug}/publish`)).status).toBe(201);
  return slug;
}

describe('Idempotency-Key', () => {
  it('replays the first response for a retry with the same key and body', async () => {
    const idempotencyKey = key();
    const slug = uniqueSlug('idem-flow');
    const body = flowBody(slug);
    const first = await api.request('POST', '/v1/flows', body, { 'idempotency-key': idempotencyKey });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    // the same body with its keys in another order is the same request
    const { definition, name } = body;
    const retry = await api.request(
      'POST',
      '/v1/flows',
      { definition, name, slug },
      { 'idempotency-key': idempotencyKey },
    );
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    const flows = await api.request('GET', `/v1/audit-events?targetId=${first.body.id}`);
    expect(flows.body.data).toHaveLength(1);
  });

  it('answers 422 when the key comes back with another body', async () => {
    const idempotencyKey = key();
    const slug = uniqueSlug('idem-flow');
    const body = flowBody(slug);
    await api.request('POST', '/v1/flows', body, { 'idempotency-key': idempotencyKey });
    const other = await api.request(
      'POST',
      '/v1/flows',
      { ...body, name: 'other' },
      { 'idempotency-key': idempotencyKey },
    );
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
  });

  it('replays a 4xx outcome too, as a problem document', async () => {
    const idempotencyKey = key();
    const first = await api.request('POST', '/v1/flows', { slug: 'Not A Slug' }, { 'idempotency-key': idempotencyKey });
    expect(first.status).toBe(400);
    const retry = await api.request('POST', '/v1/flows', { slug: 'Not A Slug' }, { 'idempotency-key': idempotencyKey });
    expect(retry.status).toBe(400);
    expect(retry.contentType).toContain('application/problem+json');
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
  });

  it('keeps keys of different callers apart', async () => {
    const idempotencyKey = key();
    const other = await api.request('POST', '/v1/api-keys', { name: 'other', scopes: ['flows:write'] });
    const a = uniqueSlug('a');
    const b = uniqueSlug('b');
    expect((await api.request('POST', '/v1/flows', flowBody(a), { 'idempotency-key': idempotencyKey })).status).toBe(
      201,
    );
    const second = await api.request(
      'POST',
      '/v1/flows',
      flowBody(b),
      { 'idempotency-key': idempotencyKey },
      { apiKey: other.body.key },
    );
    expect(second.status).toBe(201);
    expect(second.body.slug).toBe(b);
  });

  it('refuses a key longer than 255 characters', async () => {
    const response = await api.request(
      'POST',
      '/v1/flows',
      { slug: 'x', name: 'x' },
      { 'idempotency-key': 'k'.repeat(256) },
    );
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('invalid_idempotency_key');
  });
});

describe('POST /v1/flows/:idOrSlug/runs', () => {
  it('starts a manual run of the latest version and answers 201 with the run', async () => {
    const slug = await publishedFlow();
    const response = await api.request('POST', `/v1/flows/${slug}/runs`, { payload: { order: 7 } });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      object: 'run',
      trigger: 'manual',
      status: 'running',
      flow: { slug, version: 1 },
    });
    expect(response.headers.get('location')).toBe(`/v1/runs/${response.body.id}`);
  });

  it('starts exactly one workflow for 20 concurrent requests with one Idempotency-Key', async () => {
    const slug = await publishedFlow();
    const idempotencyKey = key();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.request('POST', `/v1/flows/${slug}/runs`, { payload: { n: 1 } }, { 'idempotency-key': idempotencyKey }),
      ),
    );
    const runs = responses.filter((response) => response.status === 201);
    const inFlight = responses.filter((response) => response.status === 409);
    expect(runs.length + inFlight.length, JSON.stringify(responses.map((r) => [r.status, r.body]))).toBe(20);
    expect(new Set(runs.map((response) => response.body.id)).size).toBe(1);
    for (const response of inFlight) expect(response.body.code).toBe('idempotent_request_in_progress');
    const replay = await api.request(
      'POST',
      `/v1/flows/${slug}/runs`,
      { payload: { n: 1 } },
      { 'idempotency-key': idempotencyKey },
    );
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(runs[0]?.body.id ?? replay.body.id);

    const rows = await api.request('GET', `/v1/runs?flow=${slug}`);
    expect(rows.body.data).toHaveLength(1);
    await expect.poll(() => countWorkflows(`TributaryFlow = '${slug}'`), { timeout: 10_000 }).toBe(1);
    expect(await countWorkflows(`WorkflowId = '${replay.body.workflowId}'`)).toBe(1);
  });

  it('runs a given version and answers 404 for one that does not exist', async () => {
    const slug = await publishedFlow();
    expect((await api.request('POST', `/v1/flows/${slug}/runs`, { version: 1 })).status).toBe(201);
    const missing = await api.request('POST', `/v1/flows/${slug}/runs`, { version: 9 });
    expect(missing.status).toBe(404);
    const unknownFlow = await api.request('POST', `/v1/flows/${uniqueSlug('nope')}/runs`, {});
    expect(unknownFlow.status).toBe(404);
  });

  it('answers 409 for a flow with no published version, 400 naming bad fields, 403 without runs:write', async () => {
    const slug = uniqueSlug('draft');
    await api.request('POST', '/v1/flows', flowBody(slug));
    const unpublished = await api.request('POST', `/v1/flows/${slug}/runs`, {});
    expect(unpublished.status).toBe(409);
    const invalid = await api.request('POST', `/v1/flows/${slug}/runs`, { version: 0, extra: true });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { path: string }) => error.path).sort()).toEqual(['', 'version']);
    const reader = await api.request('POST', '/v1/api-keys', { name: 'reader', scopes: ['runs:read', 'flows:write'] });
    const refused = await api.request('POST', `/v1/flows/${slug}/runs`, {}, {}, { apiKey: reader.body.key });
    expect(refused.status).toBe(403);
    expect(refused.body.requiredScope).toBe('runs:write');
    expect((await api.request('POST', `/v1/flows/${slug}/runs`, {}, {}, { apiKey: null })).status).toBe(401);
  });
});

async function countWorkflows(query: string): Promise<number> {
  let count = 0;
  for await (const _execution of temporal.workflow.list({ query })) count += 1;
  return count;
}
