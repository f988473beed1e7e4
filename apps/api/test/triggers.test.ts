import { randomBytes, randomUUID, createHmac } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import postgres from '@tributary/connector-postgres';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { probeStep, startRunHarness, uniqueLabel, type RunHarness } from './run-harness';
import { startApi, uniqueSlug } from './running-api';

let harness: RunHarness;
let prisma: PrismaClient;
let connection: Connection;
let temporal: Client;
beforeAll(async () => {
  // the real postgres connector, so a published polling trigger really polls
  harness = await startRunHarness({}, { connectors: [postgres] });
  prisma = createPrismaClient(inject('databaseUrl'));
  connection = await Connection.connect({ address: inject('temporalAddress') });
  temporal = new Client({ connection, namespace: inject('temporalNamespace') });
});
afterAll(async () => {
  await harness?.close();
  await prisma?.$disconnect();
  await connection?.close();
});

async function triggerOf(flowId: string, kind: string) {
  const list = await harness.api.request('GET', `/v1/triggers?flowId=${flowId}&kind=${kind}`);
  expect(list.status, JSON.stringify(list.body)).toBe(200);
  expect(list.body.data).toHaveLength(1);
  return list.body.data[0] as { id: string; enabled: boolean; runtime: string };
}

async function runsOf(flowId: string) {
  return prisma.run.findMany({ where: { flowId }, orderBy: { startedAt: 'asc' } });
}

async function eventually<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('schedule triggers', () => {
  it(
    'fire on time through a Temporal Schedule, stop while paused, and fire on demand',
    { timeout: 90_000 },
    async () => {
      const label = uniqueLabel('tick');
      const flow = await harness.publish({
        schemaVersion: 1,
        trigger: { kind: 'schedule', every: '2s', payload: { line: 'L1' } },
        steps: [probeStep('tick', label, '=$trigger')],
      });
      const trigger = await triggerOf(flow.id, 'schedule');
      expect(trigger.runtime).toBe('active');

      // On time: three fires arrive about two seconds apart, each a completed run of the latest version.
      const fired = await eventually(async () => {
        const runs = await runsOf(flow.id);
        return runs.filter((run) => run.status === 'completed').length >= 3 && runs;
      }, 'three scheduled runs');
      expect(fired.every((run) => run.triggerKind === 'schedule' && run.triggerId === trigger.id)).toBe(true);
      const gaps = fired.slice(1, 3).map((run, index) => run.startedAt.getTime() - fired[index]!.startedAt.getTime());
      for (const gap of gaps) {
        expect(gap).toBeGreaterThan(1000);
        expect(gap).toBeLessThan(3500);
      }
      const detail = await harness.api.request('GET', `/v1/triggers/${trigger.id}`);
      expect(detail.body.schedule.nextFireTimes.length).toBeGreaterThan(0);
      expect(detail.body.schedule.recentFires.length).toBeGreaterThan(0);
      const run = await harness.waitForRun(fired[0]!.id);
      expect(run.steps[0]!.output.data).toMatchObject({ payload: { line: 'L1' }, scheduledAt: expect.any(String) });

      const paused = await harness.api.request('POST', `/v1/triggers/${trigger.id}/pause`);
      expect(paused.status, JSON.stringify(paused.body)).toBe(200);
      expect(paused.body).toMatchObject({ enabled: false, runtime: 'paused' });
      // a fire already started when pausing may still finish; after that, nothing new
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      const atPause = (await runsOf(flow.id)).length;
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      expect((await runsOf(flow.id)).length).toBe(atPause);

      const fire = await harness.api.request('POST', `/v1/triggers/${trigger.id}/fire`);
      expect(fire.status, JSON.stringify(fire.body)).toBe(200);
      await eventually(async () => (await runsOf(flow.id)).length === atPause + 1, 'the run fired on demand');

      const resumed = await harness.api.request('POST', `/v1/triggers/${trigger.id}/resume`);
      expect(resumed.body).toMatchObject({ enabled: true, runtime: 'active' });
      await eventually(async () => (await runsOf(flow.id)).length >= atPause + 3, 'runs after resuming');
      await harness.api.request('POST', `/v1/triggers/${trigger.id}/disable`);
    },
  );

  it('refuses a schedule without cron or interval, naming the field', async () => {
    const slug = uniqueSlug('bad-schedule');
    const created = await harness.api.request('POST', '/v1/flows', {
      slug,
      name: slug,
      definition: {
        schemaVersion: 1,
        trigger: { kind: 'schedule', timezone: 'Mars/Olympus' },
        steps: [probeStep('a', 'x')],
      },
    });
    expect(created.status).toBe(400);
    const paths = created.body.errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['definition.trigger.timezone']));
  });

  it('pause, resume and fire are for schedules only', async () => {
    const flow = await harness.publish({
      schemaVersion: 1,
      trigger: { kind: 'webhook', path: uniqueSlug('not-a-schedule') },
      steps: [probeStep('a', 'x')],
    });
    const trigger = await triggerOf(flow.id, 'webhook');
    const pause = await harness.api.request('POST', `/v1/triggers/${trigger.id}/pause`);
    expect(pause.status).toBe(409);
    expect(pause.body.code).toBe('trigger_not_schedule');
    expect((await harness.api.request('GET', '/v1/triggers/trg_missing')).status).toBe(404);
  });
});

describe('polling and subscription triggers', () => {
  it('publishing starts the consumer workflow; disabling stops it; re-publishing another kind retires it', async () => {
    const flow = await harness.publish({
      schemaVersion: 1,
      trigger: {
        kind: 'poll',
        connector: 'postgres',
        trigger: 'newRows',
        connection: 'plant-db',
        input: { table: 'events', cursorColumn: 'id' },
        intervalSeconds: 30,
      },
      steps: [probeStep('a', 'x')],
    });
    const trigger = await triggerOf(flow.id, 'poll');
    expect(trigger).toMatchObject({ enabled: true, runtime: 'active' });
    const execution = await temporal.workflow.getHandle(`trigger-${trigger.id}`).describe();
    expect(execution.type).toBe('pollTrigger');

    const disabled = await harness.api.request('POST', `/v1/triggers/${trigger.id}/disable`);
    expect(disabled.body).toMatchObject({ enabled: false, runtime: 'stopped' });
    const enabled = await harness.api.request('POST', `/v1/triggers/${trigger.id}/enable`);
    expect(enabled.body).toMatchObject({ enabled: true, runtime: 'active' });

    await harness.publishNext(flow.slug, {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [probeStep('a', 'x')],
    });
    const retired = await harness.api.request('GET', `/v1/triggers/${trigger.id}`);
    expect(retired.body).toMatchObject({ current: false, enabled: false, runtime: 'stopped' });
    expect((await harness.api.request('POST', `/v1/triggers/${trigger.id}/enable`)).status).toBe(409);
  });
});

describe('a polling trigger published through the API', () => {
  it('polls the table and starts one run per new row, listed by trigger', { timeout: 60_000 }, async () => {
    const table = `plant_alarms_${randomBytes(4).toString('hex')}`;
    const source = new pg.Client({ connectionString: inject('databaseUrl') });
    await source.connect();
    try {
      await source.query(`CREATE TABLE ${table} (id serial PRIMARY KEY, alarm text NOT NULL)`);
      const connection = uniqueSlug('plant-db');
      const created = await harness.api.request('POST', '/v1/connections', {
        name: connection,
        connector: 'postgres',
        config: {
          host: '127.0.0.1',
          port: 5432,
          database: new URL(inject('databaseUrl')).pathname.slice(1),
          user: 'postgres',
        },
        secrets: { password: '' },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const label = uniqueLabel('alarm');
      const flow = await harness.publish({
        schemaVersion: 1,
        trigger: {
          kind: 'poll',
          connector: 'postgres',
          trigger: 'newRows',
          connection,
          input: { table, cursorColumn: 'id', startFrom: 'beginning' },
          intervalSeconds: 1,
        },
        steps: [probeStep('record', label, '=$trigger.alarm')],
      });
      await source.query(`INSERT INTO ${table} (alarm) VALUES ('overheat'), ('low pressure'), ('door open')`);
      await eventually(async () => harness.worker.probe.calls(label) >= 3, 'three runs of the polled rows');
      const runs = await eventually(async () => {
        const list = await harness.api.request('GET', `/v1/runs?flow=${flow.slug}&trigger=poll`);
        return list.body.data?.length === 3 && list.body.data;
      }, 'the runs in the list');
      expect(runs.map((run: { trigger: string }) => run.trigger)).toEqual(['poll', 'poll', 'poll']);
      const trigger = await harness.api.request('GET', `/v1/triggers/${(await triggerOf(flow.id, 'poll')).id}`);
      expect(trigger.body.cursor).toMatchObject({ key: '3' });
      await harness.api.request('POST', `/v1/triggers/${trigger.body.id}/disable`);
      expect(harness.worker.probe.calls(label)).toBe(3);
    } finally {
      await source.query(`DROP TABLE IF EXISTS ${table}`);
      await source.end();
    }
  });
});

describe('consumers across API restarts', () => {
  it('an API that starts keeps running consumers; publishing restarts them with the new configuration', async () => {
    const definition = (intervalSeconds: number) => ({
      schemaVersion: 1,
      trigger: {
        kind: 'poll',
        connector: 'postgres',
        trigger: 'newRows',
        input: { table: 'events', cursorColumn: 'id' },
        intervalSeconds,
      },
      steps: [probeStep('a', 'x')],
    });
    const flow = await harness.publish(definition(30));
    const trigger = await triggerOf(flow.id, 'poll');
    const handle = temporal.workflow.getHandle(`trigger-${trigger.id}`);
    const first = (await handle.describe()).runId;

    const another = await startApi({
      TEMPORAL_TASK_QUEUE: harness.api.config.temporal.taskQueue,
      TRIGGERS_RECONCILE_ON_START: 'true',
    });
    try {
      // its start-up reconciliation runs in the background; give it time to (not) act
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect((await handle.describe()).runId).toBe(first);
    } finally {
      await another.close();
    }

    await harness.publishNext(flow.slug, definition(45));
    const restarted = await handle.describe();
    expect(restarted.runId).not.toBe(first);
    expect(restarted.status.name).toBe('RUNNING');
    await harness.api.request('POST', `/v1/triggers/${trigger.id}/disable`);
  });
});

describe('webhook authentication', () => {
  async function signedFlow(auth: object, secrets: object) {
    const connectionName = uniqueSlug('hook-secret');
    const created = await harness.api.request('POST', '/v1/connections', {
      name: connectionName,
      connector: 'webhook',
      secrets,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const path = uniqueSlug('signed');
    const label = uniqueLabel('signed');
    const flow = await harness.publish({
      schemaVersion: 1,
      trigger: { kind: 'webhook', path, auth: { ...auth, connection: connectionName } },
      steps: [probeStep('record', label, '=$trigger.body')],
    });
    return { path, flow, label };
  }

  function post(path: string, body: string, headers: Record<string, string>) {
    return fetch(`${harness.api.baseUrl}/hooks/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  }

  it('accepts a Standard Webhooks message signed by the standardwebhooks client, once', async () => {
    const secret = `whsec_${randomBytes(24).toString('base64')}`;
    const { path, flow } = await signedFlow({ scheme: 'standardWebhooks', toleranceSeconds: 300 }, { secret });
    const sender = new Webhook(secret);
    const body = JSON.stringify({ job: { jobNumber: 'J-7' } });
    const messageId = `msg_${randomUUID()}`;
    const now = new Date();
    const headers = {
      'webhook-id': messageId,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': sender.sign(messageId, now, body),
    };

    const accepted = await post(path, body, headers);
    expect(accepted.status).toBe(202);
    const run = (await accepted.json()) as { id: string };
    expect((await harness.waitForRun(run.id)).status).toBe('completed');

    const replayed = await post(path, body, headers);
    expect(replayed.status).toBe(409);
    expect(((await replayed.json()) as { code: string }).code).toBe('webhook_replayed');
    expect(await runsOf(flow.id)).toHaveLength(1);
  });

  it('rejects a tampered body, a wrong secret and a stale timestamp with 401, starting no run', async () => {
    const secret = `whsec_${randomBytes(24).toString('base64')}`;
    const { path, flow } = await signedFlow({ scheme: 'standardWebhooks', toleranceSeconds: 60 }, { secret });
    const body = JSON.stringify({ job: { jobNumber: 'J-8' } });
    const sign = (key: string, at: Date, payload: string) => {
      const messageId = `msg_${randomUUID()}`;
      return {
        'webhook-id': messageId,
        'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
        'webhook-signature': new Webhook(key).sign(messageId, at, payload),
      };
    };
    const tampered = await post(path, body.replace('J-8', 'J-9'), sign(secret, new Date(), body));
    const wrongSecret = await post(path, body, sign(`whsec_${randomBytes(24).toString('base64')}`, new Date(), body));
    const stale = await post(path, body, sign(secret, new Date(Date.now() - 10 * 60_000), body));
    const unsigned = await post(path, body, {});
    for (const response of [tampered, wrongSecret, stale, unsigned]) {
      expect(response.status).toBe(401);
      const problem = (await response.json()) as { code: string; detail: string };
      expect(problem.code).toBe('webhook_unauthorized');
      expect(problem.detail).not.toContain(secret.slice(6));
    }
    expect(await runsOf(flow.id)).toHaveLength(0);
  });

  it('checks an HMAC signature of the raw body and an API key header', async () => {
    const hmacSecret = randomBytes(16).toString('hex');
    const hmac = await signedFlow(
      { scheme: 'hmac', header: 'X-Hub-Signature-256', prefix: 'sha256=' },
      { secret: hmacSecret },
    );
    // spacing a JSON parser would lose: the signature is over these exact bytes
    const body = '{ "job" :  {"jobNumber": "J-10"} }';
    const signature = `sha256=${createHmac('sha256', hmacSecret).update(body).digest('hex')}`;
    expect((await post(hmac.path, body, { 'x-hub-signature-256': signature })).status).toBe(202);
    expect((await post(hmac.path, `${body} `, { 'x-hub-signature-256': signature })).status).toBe(401);

    const apiKey = randomBytes(16).toString('hex');
    const keyed = await signedFlow({ scheme: 'apiKey' }, { apiKey });
    expect((await post(keyed.path, body, { 'x-api-key': apiKey })).status).toBe(202);
    expect((await post(keyed.path, body, { 'x-api-key': 'wrong' })).status).toBe(401);
    expect((await post(keyed.path, body, {})).status).toBe(401);
    expect(await runsOf(keyed.flow.id)).toHaveLength(1);
  });
});

describe('deleting a flow', () => {
  it('stops its schedule and consumer in Temporal, refuses while a run is running, and is gone after', async () => {
    const scheduled = await harness.publish({
      schemaVersion: 1,
      trigger: { kind: 'schedule', every: '1h' },
      steps: [{ id: 'pause', kind: 'wait', duration: '1h' }],
    });
    const schedule = await triggerOf(scheduled.id, 'schedule');
    await temporal.schedule.getHandle(`schedule-${schedule.id}`).describe();

    const started = await harness.api.request('POST', `/v1/flows/${scheduled.slug}/runs`, { payload: {} });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    await harness.waitForRun(started.body.id, (run) => run.steps.some((step) => step.status === 'waiting'));
    const refused = await harness.api.request('DELETE', `/v1/flows/${scheduled.slug}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'flow_has_running_runs', running: 1 });

    const deleted = await harness.api.request('DELETE', `/v1/flows/${scheduled.slug}?force=true`);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect(deleted.body).toEqual({ id: scheduled.id, object: 'flow', deleted: true });
    await expect(temporal.schedule.getHandle(`schedule-${schedule.id}`).describe()).rejects.toThrow(/not found/i);
    expect((await harness.api.request('GET', `/v1/flows/${scheduled.slug}`)).status).toBe(404);
    expect((await harness.api.request('GET', `/v1/triggers/${schedule.id}`)).status).toBe(404);
    await temporal.workflow.getHandle(started.body.workflowId).terminate('test over');

    const polled = await harness.publish({
      schemaVersion: 1,
      trigger: { kind: 'poll', connector: 'postgres', trigger: 'newRows', input: { table: 't', cursorColumn: 'id' } },
      steps: [probeStep('a', 'x')],
    });
    const consumer = await triggerOf(polled.id, 'poll');
    expect((await harness.api.request('DELETE', `/v1/flows/${polled.id}`)).status).toBe(200);
    const execution = await temporal.workflow.getHandle(`trigger-${consumer.id}`).describe();
    expect(execution.status.name).toBe('TERMINATED');
    expect((await harness.api.request('DELETE', `/v1/flows/${polled.id}`)).status).toBe(404);
  });
});
