import { Client, Connection } from '@temporalio/client';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectRunStatus, probeStep, startRunHarness, stepOf, uniqueLabel, type RunHarness } from './run-harness';
import { startApi, uniqueSlug, type RunningApi } from './running-api';

let harness: RunHarness;
let prisma: PrismaClient;
let connection: Connection;
let temporal: Client;
beforeAll(async () => {
  harness = await startRunHarness({ HOOK_SYNC_TIMEOUT_MS: '15000' });
  prisma = createPrismaClient(inject('databaseUrl'));
  connection = await Connection.connect({ address: inject('temporalAddress') });
  temporal = new Client({ connection, namespace: inject('temporalNamespace') });
});
afterAll(async () => {
  await harness?.close();
  await prisma?.$disconnect();
  await connection?.close();
});

function keyedFlow(path: string, onDuplicate: 'useExisting' | 'reject', label: string) {
  return {
    schemaVersion: 1,
    trigger: { kind: 'webhook', path, businessKey: { expression: '$trigger.body.job.jobNumber', onDuplicate } },
    steps: [probeStep('record', label, '=$trigger.body.job')],
  };
}

describe('business keys', () => {
  it('returns the existing run for a repeated key instead of starting another', async () => {
    const path = uniqueSlug('keyed');
    const label = uniqueLabel('keyed');
    const flow = await harness.publish(keyedFlow(path, 'useExisting', label));

    const first = await harness.hook(path, { job: { jobNumber: 'J-1001' } });
    expect(first.status, JSON.stringify(first.body)).toBe(202);
    expect(first.body).toMatchObject({ duplicate: false, workflowId: `flow-${flow.slug}-key-J-1001` });
    expectRunStatus(await harness.waitForRun(first.body.id), 'completed');

    const again = await harness.hook(path, { job: { jobNumber: 'J-1001', note: 'sent twice' } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, duplicate: true, status: 'completed' });

    // a synchronous duplicate of a finished run gets that run's output
    const syncAgain = await harness.hook(path, { job: { jobNumber: 'J-1001' } }, '?sync=1');
    expect(syncAgain.status, JSON.stringify(syncAgain.body)).toBe(200);
    expect(syncAgain.body).toMatchObject({ label, data: { jobNumber: 'J-1001' }, call: 1 });

    const other = await harness.hook(path, { job: { jobNumber: 'J-1002' } });
    expect(other.status).toBe(202);
    expect(other.body.id).not.toBe(first.body.id);
    await harness.waitForRun(other.body.id);
    expect(harness.worker.probe.calls(label)).toBe(2);

    const run = await harness.api.request('GET', `/v1/runs/${first.body.id}`);
    expect(run.body.businessKey).toBe('J-1001');
  });

  it('refuses a repeated key with 409 when the trigger says reject', async () => {
    const path = uniqueSlug('strict');
    await harness.publish(keyedFlow(path, 'reject', uniqueLabel('strict')));
    const first = await harness.hook(path, { job: { jobNumber: 'J-5' } });
    expect(first.status).toBe(202);
    const again = await harness.hook(path, { job: { jobNumber: 'J-5' } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'duplicate_run', runId: first.body.id, businessKey: 'J-5' });
  });

  it('starts one workflow and one run row for ten concurrent identical deliveries', async () => {
    const path = uniqueSlug('burst');
    const label = uniqueLabel('burst');
    const flow = await harness.publish(keyedFlow(path, 'useExisting', label));
    const body = { job: { jobNumber: 'J-BURST' } };

    const responses = await Promise.all(Array.from({ length: 10 }, () => harness.hook(path, body)));
    for (const response of responses) expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
    expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
    expect(responses.filter((response) => response.body.duplicate === false)).toHaveLength(1);
    expect(responses.filter((response) => response.status === 202)).toHaveLength(1);

    const rows = await prisma.run.findMany({ where: { flowId: flow.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: responses[0]!.body.id, businessKey: 'J-BURST' });
    expect(rows[0]!.temporalRunId).not.toBeNull();

    await harness.waitForRun(rows[0]!.id);
    expect(harness.worker.probe.calls(label)).toBe(1);
    const executions = [];
    for await (const execution of temporal.workflow.list({ query: `WorkflowId = '${rows[0]!.workflowId}'` })) {
      executions.push(execution);
    }
    expect(executions).toHaveLength(1);
  });

  it('answers 422 when the key cannot be computed from the payload', async () => {
    const path = uniqueSlug('keyless');
    await harness.publish(keyedFlow(path, 'useExisting', uniqueLabel('keyless')));
    const response = await harness.hook(path, { job: {} });
    expect(response.status).toBe(422);
    expect(response.body.code).toBe('business_key_invalid');
  });
});

describe('stored mappings in runs', () => {
  it('runs the pinned version of a stored mapping, even after a newer version exists', async () => {
    const mapping = await harness.api.request('POST', '/v1/mappings', {
      name: uniqueSlug('job-to-wo'),
      definition: { rules: [{ target: 'workOrder.ref', source: 'jobNumber' }] },
    });
    expect(mapping.status).toBe(201);
    const v2 = await harness.api.request('POST', `/v1/mappings/${mapping.body.id}/versions`, {
      definition: { rules: [{ target: 'v2.ref', source: 'jobNumber' }] },
    });
    expect(v2.body.version).toBe(2);
    const path = uniqueSlug('mapped');
    await harness.publish({
      schemaVersion: 1,
      trigger: { kind: 'webhook', path },
      steps: [{ id: 'shape', kind: 'map', mappingRef: { id: mapping.body.id, version: 1 } }],
    });
    const accepted = await harness.hook(path, { jobNumber: 'J-9' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
    const run = await harness.waitForRun(accepted.body.id);
    expectRunStatus(run, 'completed');
    expect(stepOf(run, 'shape').output).toEqual({ workOrder: { ref: 'J-9' } });
  });

  it('refuses to start a run whose map step pins a mapping version that does not exist, naming the step', async () => {
    const path = uniqueSlug('unmapped');
    await harness.publish({
      schemaVersion: 1,
      trigger: { kind: 'webhook', path },
      steps: [
        {
          id: 'route',
          kind: 'if',
          condition: 'true',
          then: [{ id: 'shape', kind: 'map', mappingRef: { id: 'map_doesnotexist', version: 3 } }],
        },
      ],
    });
    const response = await harness.hook(path, { a: 1 });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'mapping_version_not_found',
      path: 'steps[0].then[0].mappingRef',
      mappingId: 'map_doesnotexist',
      version: 3,
    });
  });
});

describe('synchronous webhooks', () => {
  it("answers with the respond step's status, headers and body while the run goes on", async () => {
    const path = uniqueSlug('sync');
    const label = uniqueLabel('sync');
    await harness.publish({
      schemaVersion: 1,
      trigger: { kind: 'webhook', path },
      steps: [
        probeStep('record', label, '=$trigger.body.job'),
        {
          id: 'reply',
          kind: 'respond',
          status: 201,
          headers: { 'x-job': '=$trigger.body.job' },
          body: { accepted: '=$trigger.body.job', call: '=$steps.record.output.call' },
        },
        { id: 'later', kind: 'waitForEvent', event: 'finish' },
      ],
    });
    const response = await harness.hook(path, { job: 'J-42' }, '?sync=1');
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.headers.get('x-job')).toBe('J-42');
    expect(response.body).toEqual({ accepted: 'J-42', call: 1 });

    const [row] = await prisma.run.findMany({ where: { flow: { triggers: { some: { path } } } } });
    const waiting = await harness.waitForRun(row!.id, (run) => stepOf(run, 'later').status === 'waiting');
    expect(waiting.status).toBe('running');
    await harness.api.request('POST', `/v1/runs/${row!.id}/cancel`);
  });

  it('answers 200 with the output of a run that completes without a respond step', async () => {
    const path = uniqueSlug('sync-out');
    await harness.publish({
      schemaVersion: 1,
      trigger: { kind: 'webhook', path },
      steps: [probeStep('record', uniqueLabel('sync-out'), '=$trigger.body')],
      output: { echoed: '=$steps.record.output.data' },
    });
    const response = await harness.hook(path, { n: 7 }, '?sync=1');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toEqual({ echoed: { n: 7 } });
  });

  it('answers 502 with the step error when the run fails', async () => {
    const path = uniqueSlug('sync-fail');
    const broken = uniqueLabel('sync-fail');
    harness.worker.probe.breakLabel(broken);
    await harness.publish({ schemaVersion: 1, trigger: { kind: 'webhook', path }, steps: [probeStep('send', broken)] });
    const response = await harness.hook(path, {}, '?sync=1');
    expect(response.status).toBe(502);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'run_failed', error: { code: 'probe_broken', stepId: 'send' } });
  });

  it('answers 202 with the run when the flow has not responded by the deadline', async () => {
    const impatient: RunningApi = await startApi({
      TEMPORAL_TASK_QUEUE: harness.api.config.temporal.taskQueue,
      HOOK_SYNC_TIMEOUT_MS: '300',
    });
    try {
      const path = uniqueSlug('sync-slow');
      await harness.publish({
        schemaVersion: 1,
        trigger: { kind: 'webhook', path },
        steps: [{ id: 'wait', kind: 'waitForEvent', event: 'never' }],
      });
      const response = await impatient.request('POST', `/hooks/${path}?sync=1`, {});
      expect(response.status).toBe(202);
      expect(response.body).toMatchObject({ object: 'run', status: 'running', duplicate: false });
      await harness.api.request('POST', `/v1/runs/${response.body.id}/cancel`);
    } finally {
      await impatient.close();
    }
  });
});
