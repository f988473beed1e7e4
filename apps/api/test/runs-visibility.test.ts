import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRunStatus, probeStep, startRunHarness, uniqueLabel, type RunHarness } from './run-harness';
import { startApi, uniqueSlug, type ApiResponse } from './running-api';

let harness: RunHarness;
let readerKey: string;
let flowsOnlyKey: string;
beforeAll(async () => {
  harness = await startRunHarness();
  readerKey = await createKey(['runs:read']);
  flowsOnlyKey = await createKey(['flows:read']);
});
afterAll(async () => {
  await harness?.close();
});

async function createKey(scopes: string[]): Promise<string> {
  const created = await harness.api.request('POST', '/v1/api-keys', { name: uniqueSlug('key'), scopes });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.key;
}

const list = (query: string, apiKey?: string | null): Promise<ApiResponse> =>
  harness.api.request('GET', `/v1/runs?${query}`, undefined, {}, apiKey === undefined ? {} : { apiKey });

const ids = (response: ApiResponse): string[] => response.body.data.map((run: { id: string }) => run.id);

/** Temporal visibility is eventually consistent: poll until the listing shows what the test expects. */
async function listUntil(query: string, expected: (response: ApiResponse) => boolean): Promise<ApiResponse> {
  let last: ApiResponse | undefined;
  await expect
    .poll(
      async () => {
        last = await list(query);
        return last.status === 200 && expected(last);
      },
      { timeout: 15_000, interval: 200 },
    )
    .toBe(true);
  return last!;
}

describe('GET /v1/runs from Temporal visibility', () => {
  let flow: { id: string; slug: string };
  const webhookRuns: string[] = [];
  let manualRun: string;
  let startedBetween: { after: string; before: string };

  beforeAll(async () => {
    const path = uniqueSlug('listed');
    flow = await harness.publish({
      schemaVersion: 1,
      trigger: { kind: 'webhook', path },
      steps: [probeStep('echo', uniqueLabel('listed'), '=$trigger.body')],
    });
    const before = new Date().toISOString();
    for (let n = 0; n < 3; n += 1) webhookRuns.push((await harness.hook(path, { n })).body.id);
    const manual = await harness.api.request('POST', `/v1/flows/${flow.slug}/runs`, { payload: { n: 'manual' } });
    expect(manual.status, JSON.stringify(manual.body)).toBe(201);
    manualRun = manual.body.id;
    startedBetween = { after: before, before: new Date(Date.now() + 1_000).toISOString() };
    for (const id of [...webhookRuns, manualRun]) expectRunStatus(await harness.waitForRun(id), 'completed');
  });

  it('lists the runs of a flow by slug or id, most recently closed first, with the summary shape', async () => {
    const bySlug = await listUntil(`flow=${flow.slug}&status=completed`, (response) => response.body.data.length === 4);
    expect(ids(bySlug).sort()).toEqual([manualRun, ...webhookRuns].sort());
    const closedAt = bySlug.body.data.map((run: { closedAt: string }) => Date.parse(run.closedAt));
    expect(closedAt).toEqual([...closedAt].sort((a, b) => b - a));
    expect(bySlug.body).toMatchObject({ object: 'list', has_more: false, next_cursor: null });
    expect(bySlug.body.data.find((run: { id: string }) => run.id === manualRun)).toMatchObject({
      id: manualRun,
      object: 'run',
      flow: { id: flow.id, slug: flow.slug, version: 1 },
      status: 'completed',
      trigger: 'manual',
      restartedFrom: null,
      rerunOf: null,
    });
    const byId = await list(`flow=${flow.id}`);
    expect(ids(byId)).toEqual(ids(bySlug));
  });

  it('filters by trigger, version, status and start time', async () => {
    await listUntil(`flow=${flow.slug}&status=completed`, (response) => response.body.data.length === 4);
    expect(ids(await list(`flow=${flow.slug}&trigger=manual`))).toEqual([manualRun]);
    expect(ids(await list(`flow=${flow.slug}&trigger=webhook`)).sort()).toEqual([...webhookRuns].sort());
    expect(ids(await list(`flow=${flow.slug}&version=1`))).toHaveLength(4);
    expect(ids(await list(`flow=${flow.slug}&version=2`))).toEqual([]);
    expect(ids(await list(`flow=${flow.slug}&status=failed`))).toEqual([]);
    const window = `startedAfter=${encodeURIComponent(startedBetween.after)}&startedBefore=${encodeURIComponent(startedBetween.before)}`;
    expect(ids(await list(`flow=${flow.slug}&${window}`))).toHaveLength(4);
    expect(ids(await list(`flow=${flow.slug}&startedAfter=${encodeURIComponent(startedBetween.before)}`))).toEqual([]);
    expect(ids(await list(`flow=${uniqueSlug('nobody')}`))).toEqual([]);
    expect(ids(await list('flow=flow_00000000000000000000000000'))).toEqual([]);
  });

  it('pages with an opaque cursor that only works with the filters it was issued for', async () => {
    await listUntil(`flow=${flow.slug}&status=completed`, (response) => response.body.data.length === 4);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: ApiResponse = await list(
        `flow=${flow.slug}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      seen.push(...ids(page));
      cursor = page.body.next_cursor;
      expect(page.body.has_more).toBe(cursor !== null);
      pages += 1;
    } while (cursor && pages < 5);
    expect(seen).toEqual(ids(await list(`flow=${flow.slug}`)));
    expect(seen.sort()).toEqual([manualRun, ...webhookRuns].sort());

    const first = await list(`flow=${flow.slug}&limit=1`);
    expect(first.body.has_more).toBe(true);
    const otherFilters = await list(`flow=${flow.slug}&limit=1&status=completed&cursor=${first.body.next_cursor}`);
    expect(otherFilters.status).toBe(400);
    expect(otherFilters.body).toMatchObject({ code: 'invalid_request', errors: [{ path: 'cursor' }] });
    expect(otherFilters.body.errors[0].message).toContain('other filters');
    const forged = await list(`flow=${flow.slug}&cursor=${encodeURIComponent('not a cursor')}`);
    expect(forged.status).toBe(400);
    expect(forged.body.errors[0].path).toBe('cursor');
  });

  it('answers 400 naming each bad filter', async () => {
    const cases: [string, string][] = [
      ['status=exploded', 'status'],
      ['trigger=carrier-pigeon', 'trigger'],
      ['version=0', 'version'],
      ['startedAfter=yesterday', 'startedAfter'],
      ['startedAfter=2026-02-01T00:00:00Z&startedBefore=2026-01-01T00:00:00Z', 'startedBefore'],
      ['limit=101', 'limit'],
    ];
    for (const [query, path] of cases) {
      const response = await list(query);
      expect(response.status, query).toBe(400);
      expect(response.contentType).toContain('application/problem+json');
      expect(
        response.body.errors.map((error: { path: string }) => error.path),
        query,
      ).toContain(path);
    }
  });

  it('escapes filter values so they cannot change the visibility query', async () => {
    await listUntil(`flow=${flow.slug}`, (response) => response.body.data.length === 4);
    const injected = await list(`flow=${encodeURIComponent(`${flow.slug}" OR WorkflowType = "runFlow`)}`);
    expect(injected.status).toBe(200);
    expect(injected.body.data).toEqual([]);
  });

  it('answers 401 without a credential and 403 without runs:read', async () => {
    const anonymous = await list('', null);
    expect(anonymous.status).toBe(401);
    const forbidden = await list('', flowsOnlyKey);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.requiredScope).toBe('runs:read');
    expect((await list(`flow=${flow.slug}`, readerKey)).status).toBe(200);
  });
});

describe('GET /v1/runs/:id', () => {
  let detailRunId: string;

  it('links the Temporal UI history and gives each finished step its duration', async () => {
    const path = uniqueSlug('detail');
    await harness.publish({
      schemaVersion: 1,
      trigger: { kind: 'webhook', path },
      steps: [probeStep('first', uniqueLabel('d1')), probeStep('second', uniqueLabel('d2'))],
    });
    const runId = (await harness.hook(path, {})).body.id;
    detailRunId = runId;
    expectRunStatus(await harness.waitForRun(runId), 'completed');
    const run = await harness.api.request('GET', `/v1/runs/${runId}`, undefined, {}, { apiKey: readerKey });
    expect(run.status).toBe(200);
    const { uiUrl, namespace } = harness.api.config.temporal;
    expect(run.body.links).toEqual({
      temporalUi: `${uiUrl}/namespaces/${namespace}/workflows/${run.body.workflowId}/${run.body.temporalRunId}/history`,
    });
    for (const step of run.body.steps) {
      expect(step.durationMs, step.id).toBe(Date.parse(step.finishedAt) - Date.parse(step.startedAt));
    }
  });

  it('answers 404 for an unknown run and 403 without runs:read', async () => {
    expect((await harness.api.request('GET', '/v1/runs/run_00000000000000000000000000')).status).toBe(404);
    const forbidden = await harness.api.request('GET', '/v1/runs/run_x', undefined, {}, { apiKey: flowsOnlyKey });
    expect(forbidden.status).toBe(403);
  });

  it('omits the Temporal UI link when no UI is configured', async () => {
    const api = await startApi({ TEMPORAL_UI_URL: 'off', TEMPORAL_TASK_QUEUE: uniqueSlug('no-ui-queue') });
    try {
      const run = await api.request('GET', `/v1/runs/${detailRunId}`);
      expect(run.status).toBe(200);
      expect(run.body.links).toEqual({});
      expect(run.body.temporalUiUrl).toBeUndefined();
    } finally {
      await api.close();
    }
  });
});

describe('when Temporal cannot be reached', () => {
  it('answers the run list with 503 temporal_unavailable instead of a stale list', async () => {
    const api = await startApi({ TEMPORAL_ADDRESS: '127.0.0.1:1' });
    try {
      const response = await api.request('GET', '/v1/runs');
      expect(response.status).toBe(503);
      expect(response.body.code).toBe('temporal_unavailable');
    } finally {
      await api.close();
    }
  }, 30_000);
});
