/**
 * Interpreter overhead: a 20-step flow run by `runFlow` against the same 20
 * activity calls in a hand-written Temporal workflow, on the same dev server
 * and the same worker, in one session. Prints per-run latency and the ratio.
 *
 *   npx tsx bench/interpreter-overhead.ts [runs=30] [concurrency=5]
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { FlowDefinition } from '@tributary/workflows/flow-definition';
import { erpJobToCmmsWorkOrder } from '@tributary/workflows/mappings/erp-to-cmms.example';
import type { FlowActivities, RunFlowInput } from '@tributary/workflows/run-flow.contract';
import { createClaimCheckCodec, createPrismaClient, PostgresPayloadStore } from '@tributary/db';
import { locateTemporalCli } from '../scripts/runtime/temporal-cli';
import { startTemporalDevServer } from '../scripts/runtime/temporal-dev-server';
import { freePort } from '../scripts/runtime/wait-for-port';
import { createThrowawayDatabase } from '../scripts/testing/throwaway-database';

const require = createRequire(import.meta.url);
const runs = Number(process.argv[2] ?? 30);
const concurrency = Number(process.argv[3] ?? 5);
const taskQueue = 'bench-interpreter';

const definition = FlowDefinition.parse({
  schemaVersion: 1,
  trigger: { kind: 'manual' },
  steps: Array.from({ length: 20 }, (_, index) => ({
    id: `step${index}`,
    kind: 'action',
    connector: 'bench',
    action: 'touch',
    input: { step: index, previous: index === 0 ? '=$trigger' : `=$steps.step${index - 1}.output` },
  })),
});

const activities: FlowActivities = {
  async runAction(call) {
    return { output: { step: call.input.step }, attempt: 1 };
  },
  async recordRunOutcome() {},
  async resolveFlowVersion() {
    throw new Error('not used');
  },
  async launchRun() {
    throw new Error('not used');
  },
};

async function main() {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const server = await startTemporalDevServer({ cliPath: await locateTemporalCli(), port: await freePort() });
  // Like production, big payloads (the 10,000 mapped work orders) go through
  // the claim-check codec, whose blobs live in a throwaway database.
  const database = await createThrowawayDatabase(`tributary_bench_${randomUUID().slice(0, 8)}`);
  const prisma = createPrismaClient(database.url);
  const dataConverter = { payloadCodecs: [createClaimCheckCodec({ store: new PostgresPayloadStore(prisma) })] };
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection, dataConverter });
  const nativeConnection = await NativeConnection.connect({ address: server.address });
  const workflowBundle = await bundleWorkflowCode({
    workflowsPath: require.resolve('./workflows/bench-bundle.ts'),
    logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error: console.error },
  });
  const worker = await Worker.create({
    connection: nativeConnection,
    taskQueue,
    workflowBundle,
    activities,
    dataConverter,
  });

  const interpreted = (ref: string) => {
    const input: RunFlowInput = {
      runId: `run_${ref}`,
      flow: { id: 'flow_bench', slug: 'bench', version: 1, versionId: 'flv_bench' },
      definition,
      trigger: { kind: 'manual', payload: { ref }, receivedAt: new Date().toISOString() },
    };
    return client.workflow.execute('runFlow', { taskQueue, workflowId: `bench-flow-${ref}`, args: [input] });
  };
  const handWritten = (ref: string) =>
    client.workflow.execute('handWrittenTwentySteps', { taskQueue, workflowId: `bench-hand-${ref}`, args: [{ ref }] });

  const { results: rows, mapping } = await worker.runUntil(async () => {
    await measure('warm-up', 5, interpreted);
    await measure('warm-up', 5, handWritten);
    // interleave so neither contender gets a warmer server
    const results = [];
    for (let round = 0; round < 2; round += 1) {
      results.push(await measure('hand-written workflow (baseline)', runs / 2, handWritten));
      results.push(await measure('runFlow interpreting 20 action steps', runs / 2, interpreted));
    }
    return { results, mapping: await measureMapStep(client) };
  });

  const merged = mergeRows(rows);
  const baseline = merged.find((row) => row.name.startsWith('hand-written'));
  console.log(
    `\n${runs} runs each, ${concurrency} in flight, 20 activities per run, Temporal dev server on ${server.address}\n`,
  );
  console.log('| contender | runs | mean ms/run | p95 ms/run | runs/s | ratio vs baseline |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of merged) {
    const ratio = baseline ? (row.mean / baseline.mean).toFixed(2) : '—';
    console.log(
      `| ${row.name} | ${row.count} | ${row.mean.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.throughput.toFixed(1)} | ${ratio}× |`,
    );
  }
  console.log(
    `\nA map step over ${MAPPED_RECORDS.toLocaleString('en-US')} ERP jobs (each: true) inside runFlow, 3 runs after a warm-up:\n`,
  );
  console.log('| measure | run ms (median) | records/s |');
  console.log('| --- | ---: | ---: |');
  console.log(
    `| whole run: start, claim-check, map in the sandbox, result | ${mapping.toFixed(0)} | ${Math.round((MAPPED_RECORDS / mapping) * 1000).toLocaleString('en-US')} |`,
  );
  await connection.close();
  await nativeConnection.close();
  await prisma.$disconnect();
  await database.drop();
  await server.stop();
}

const MAPPED_RECORDS = 10_000;

/** The ERP → CMMS field mapping applied to a whole batch in one map step, as a flow would. */
async function measureMapStep(client: Client): Promise<number> {
  const jobs = Array.from({ length: MAPPED_RECORDS }, (_, index) => ({
    jobNumber: `MJ-${100_001 + index}`,
    asset: ` pump-${String(index % 500).padStart(3, '0')} `,
    description: '  replace the mechanical seal on the cooling water pump  ',
    priority: ['High', 'Medium', 'Low', 'urgent'][index % 4],
    dueDate: `${String(1 + (index % 28)).padStart(2, '0')}.12.2026`,
    plant: 'HAM-01',
  }));
  const flow = FlowDefinition.parse({
    schemaVersion: 1,
    trigger: { kind: 'manual' },
    steps: [{ id: 'toWorkOrders', kind: 'map', mapping: erpJobToCmmsWorkOrder, source: '=$trigger.jobs', each: true }],
  });
  const timings: number[] = [];
  for (let round = 0; round < 4; round += 1) {
    const ref = randomUUID().slice(0, 12);
    const input: RunFlowInput = {
      runId: `run_${ref}`,
      flow: { id: 'flow_bench', slug: 'bench', version: 1, versionId: 'flv_bench' },
      definition: flow,
      trigger: { kind: 'manual', payload: { jobs }, receivedAt: new Date().toISOString() },
    };
    const started = performance.now();
    await client.workflow.execute('runFlow', { taskQueue, workflowId: `bench-map-${ref}`, args: [input] });
    if (round > 0) timings.push(performance.now() - started);
  }
  return timings.sort((a, b) => a - b)[1] ?? 0;
}

interface Row {
  name: string;
  count: number;
  latencies: number[];
  elapsedMs: number;
}

async function measure(name: string, count: number, start: (ref: string) => Promise<unknown>): Promise<Row> {
  const latencies: number[] = [];
  let next = 0;
  const begun = performance.now();
  const lane = async () => {
    while (next < count) {
      next += 1;
      const t0 = performance.now();
      await start(randomUUID().slice(0, 12));
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return { name, count, latencies, elapsedMs: performance.now() - begun };
}

function mergeRows(rows: Row[]) {
  const byName = new Map<string, Row>();
  for (const row of rows) {
    const seen = byName.get(row.name);
    if (seen) {
      seen.count += row.count;
      seen.latencies.push(...row.latencies);
      seen.elapsedMs += row.elapsedMs;
    } else byName.set(row.name, { ...row, latencies: [...row.latencies] });
  }
  return [...byName.values()].map((row) => {
    const sorted = [...row.latencies].sort((a, b) => a - b);
    return {
      name: row.name,
      count: row.count,
      mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
      p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0,
      throughput: (row.count / row.elapsedMs) * 1000,
    };
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
