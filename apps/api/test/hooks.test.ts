import { Client, Connection } from '@temporalio/client';
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { SEARCH_ATTRIBUTES } from '@tributary/workflows/run-flow.contract';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApi, uniqueSlug, webhookFlowDefinition, type RunningApi } from './running-api';

let api: RunningApi;
let connection: Connection;
let temporal: Client;
const startedWorkflows: string[] = [];

beforeAll(async () => {
  api = await startApi();
  connection = await Connection.connect({ address: inject('temporalAddress') });
  temporal = new Client({ connection, namespace: inject('temporalNamespace') });
});
afterAll(async () => {
  // No worker runs in these tests: end what they started.
  await Promise.allSettled(
    startedWorkflows.map((workflowId) => temporal.workflow.getHandle(workflowId).terminate('test finished')),
  );
  await connection?.close();
  await api?.close();
});

async function publishWebhookFlow(path: string): Promise<{ id: string; slug: string }> {
  const slug = uniqueSlug('hooked');
  const created = await api.request('POST', '/v1/flows', {
    slug,
    name: 'Hooked',
    definition: webhookFlowDefinition(path),
  });
  expect((await api.request('POST', `/v1/flows/${slug}/publish`)).status).toBe(201);
  return { id: created.body.id, slug };
}

describe('POST /hooks/*path', () => {
  it('answers a path no flow listens on with a 404 problem', async () => {
    const response = await api.request('POST', '/hooks/nobody/listens/here', { hello: 'world' });
    expect(response.status).toBe(404);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'webhook_not_found', instance: '/hooks/nobody/listens/here' });
  });

  it('starts a run of the published flow and answers 202 with the run', async () => {
    const path = `erp/${uniqueSlug('jobs')}`;
    const flow = await publishWebhookFlow(path);

    const response = await api.request(
      'POST',
      `/hooks/${path}?source=erp`,
      { jobNumber: 'J-1001' },
      {
        authorization: 'Bearer very-secret-token',
        cookie: 'session=abc',
        'x-api-key': 'key-123',
        'x-hub-signature-256': 'sha256=deadbeef',
        'x-correlation-id': 'corr-7',
      },
    );
    expect(response.status).toBe(202);
    const runId: string = response.body.id;
    expect(runId).toMatch(/^run_[0-9a-z]{26}$/);
    expect(response.body).toEqual({
      object: 'run',
      id: runId,
      workflowId: `flow-${flow.slug}-${runId}`,
      status: 'running',
      duplicate: false,
      links: { self: `/v1/runs/${runId}` },
    });
    startedWorkflows.push(response.body.workflowId);

    const handle = temporal.workflow.getHandle(response.body.workflowId);
    const description = await handle.describe();
    expect(description.type).toBe('runFlow');
    expect(description.taskQueue).toBe(api.config.temporal.taskQueue);
    expect(description.status.name).toBe('RUNNING');
    const attributes = description.typedSearchAttributes;
    expect(attributes.get(defineSearchAttributeKey(SEARCH_ATTRIBUTES.flow, SearchAttributeType.KEYWORD))).toBe(
      flow.slug,
    );
    expect(attributes.get(defineSearchAttributeKey(SEARCH_ATTRIBUTES.flowVersion, SearchAttributeType.INT))).toBe(1);
    expect(attributes.get(defineSearchAttributeKey(SEARCH_ATTRIBUTES.trigger, SearchAttributeType.KEYWORD))).toBe(
      'webhook',
    );
    expect(await description.memo).toMatchObject({ flowId: flow.id, flowName: 'Hooked', flowVersion: 1, runId });

    // What the workflow received is in history for good: credentials must not be.
    const history = await handle.fetchHistory();
    const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
    const payload = started?.input?.payloads?.[0]?.data;
    const input = JSON.parse(Buffer.from(payload ?? new Uint8Array()).toString('utf8'));
    expect(input).toMatchObject({
      runId,
      flow: { id: flow.id, slug: flow.slug, version: 1 },
      trigger: { kind: 'webhook', payload: { body: { jobNumber: 'J-1001' }, query: { source: 'erp' } } },
    });
    expect(input.trigger.payload.headers['x-correlation-id']).toBe('corr-7');
    const historyText = JSON.stringify(input);
    for (const secret of ['very-secret-token', 'session=abc', 'key-123', 'deadbeef']) {
      expect(historyText).not.toContain(secret);
    }
  });

  it('shows the run from Temporal and records when it ends', async () => {
    const path = uniqueSlug('runs');
    const flow = await publishWebhookFlow(path);
    const accepted = await api.request('POST', `/hooks/${path}`, { n: 1 });
    startedWorkflows.push(accepted.body.workflowId);

    const listed = await api.request('GET', `/v1/runs?flow=${flow.slug}`);
    expect(listed.body.data).toEqual([
      expect.objectContaining({
        id: accepted.body.id,
        status: 'running',
        flow: { id: flow.id, slug: flow.slug, version: 1 },
      }),
    ]);

    await temporal.workflow.getHandle(accepted.body.workflowId).terminate('operator stopped it');
    const run = await api.request('GET', `/v1/runs/${accepted.body.id}`);
    expect(run.status).toBe(200);
    expect(run.body).toMatchObject({
      id: accepted.body.id,
      object: 'run',
      status: 'terminated',
      workflowId: accepted.body.workflowId,
      steps: [],
      error: { message: 'operator stopped it' },
    });
    expect(run.body.closedAt).not.toBeNull();
    expect(run.body.temporalUiUrl).toContain(`/workflows/${accepted.body.workflowId}/${run.body.temporalRunId}`);

    // the index row caught up, so lists filter by the real status
    const terminated = await api.request('GET', `/v1/runs?flow=${flow.id}&status=terminated`);
    expect(terminated.body.data.map((item: { id: string }) => item.id)).toEqual([accepted.body.id]);
  });

  it('stops answering a path once the latest version no longer declares it', async () => {
    const path = uniqueSlug('retired');
    const flow = await publishWebhookFlow(path);
    const manual = { ...webhookFlowDefinition(path), trigger: { kind: 'manual' } };
    await api.request('PUT', `/v1/flows/${flow.slug}`, { name: 'Hooked', definition: manual });
    await api.request('POST', `/v1/flows/${flow.slug}/publish`);
    expect((await api.request('POST', `/hooks/${path}`, {})).status).toBe(404);
  });
});
