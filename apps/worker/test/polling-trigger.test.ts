import { randomBytes } from 'node:crypto';
import { POLL_TRIGGER_WORKFLOW, triggerWorkflowId } from '@tributary/workflows/run-flow.contract';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTriggerTestEnv, runsOf, type TriggerTestEnv } from './trigger-test-env';
import { waitFor } from './worker-process';

/**
 * A polling trigger on the real Postgres connector, run by real worker
 * processes on the real Temporal dev server. Worker A is SIGKILLed while
 * rows are still being emitted; worker B takes over. Every row must start
 * exactly one run: none lost (the cursor is stored only after the runs
 * started) and none repeated (runs are started under ids derived from the rows).
 */

const suffix = randomBytes(4).toString('hex');
let env: TriggerTestEnv;
let source: pg.Client;

beforeAll(async () => {
  env = await createTriggerTestEnv(`poll-${suffix}`);
  source = new pg.Client({ connectionString: inject('databaseUrl') });
  await source.connect();
});

afterAll(async () => {
  await source?.end();
  await env?.close();
});

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a polling trigger whose worker crashes mid-stream', () => {
  it('starts exactly one run per row across the crash', { timeout: 120_000 }, async () => {
    const table = `plant_events_${suffix}`;
    await source.query(`CREATE TABLE ${table} (id serial PRIMARY KEY, tag text NOT NULL)`);
    cleanups.push(() => source.query(`DROP TABLE IF EXISTS ${table}`));
    const insertRows = async (from: number, count: number) => {
      const tags = Array.from({ length: count }, (_, index) => `sensor-${from + index}`);
      await source.query(`INSERT INTO ${table} (tag) SELECT unnest($1::text[])`, [tags]);
      return tags;
    };
    const tags = await insertRows(1, 12);

    const connection = `plant-db-${suffix}`;
    await env.createConnection({
      name: connection,
      connector: 'postgres',
      secrets: { password: '' },
      config: {
        host: '127.0.0.1',
        port: 5432,
        database: new URL(inject('databaseUrl')).pathname.slice(1),
        user: 'postgres',
      },
    });
    const slug = `plant-events-${suffix}`;
    const { triggerId } = await env.publishFlow(slug, {
      schemaVersion: 1,
      trigger: {
        kind: 'poll',
        connector: 'postgres',
        trigger: 'newRows',
        connection,
        input: { table, cursorColumn: 'id', startFrom: 'beginning', batchSize: 3 },
        intervalSeconds: 1,
      },
      steps: [
        { id: 'shape', kind: 'map', source: '=$trigger', mapping: { rules: [{ target: 'tag', source: 'tag' }] } },
      ],
    });

    const workerA = await env.startWorker('worker A');
    cleanups.push(() => workerA.kill());
    const trigger = await env.client.workflow.start(POLL_TRIGGER_WORKFLOW, {
      taskQueue: env.taskQueue,
      workflowId: triggerWorkflowId(triggerId),
      args: [{ triggerId, intervalSeconds: 1, heartbeatTimeoutSeconds: 2 }],
    });
    cleanups.push(() => trigger.terminate('test over').catch(() => undefined));

    // Mid-stream: some rows have their runs, the backlog is not drained, and more rows arrive.
    await waitFor(async () => (await runsOf(env, triggerId)) >= 4, 'the first runs', 60_000);
    tags.push(...(await insertRows(13, 6)));
    await workerA.kill();
    expect(await runsOf(env, triggerId)).toBeLessThan(tags.length);

    const workerB = await env.startWorker('worker B');
    cleanups.push(() => workerB.kill());
    await waitFor(async () => (await runsOf(env, triggerId)) >= tags.length, `${tags.length} runs`, 60_000);
    // Two more poll intervals: a repeated poll would start its duplicates now.
    await new Promise((resolve) => setTimeout(resolve, 2_500));

    const runs = await env.prisma.run.findMany({ where: { triggerId }, select: { workflowId: true } });
    expect(runs).toHaveLength(tags.length);
    const executions = [];
    for await (const execution of env.client.workflow.list({ query: `TributaryFlow = "${slug}"` })) {
      executions.push(execution.workflowId);
    }
    expect(new Set(executions)).toEqual(new Set(runs.map((run) => run.workflowId)));
    // Each run mapped its own row: every tag exactly once.
    const mapped = await Promise.all(
      runs.map(async (run) => {
        const result = (await env.client.workflow.getHandle(run.workflowId).result()) as { output: { tag: string } };
        return result.output.tag;
      }),
    );
    expect(mapped.sort()).toEqual([...tags].sort());
  });
});
