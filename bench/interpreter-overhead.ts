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
import { NativeConnection, Worker, bundleWorkflowCode } from '@temporalio/worker';
import { FlowDefinition } from '@tributary/workflows/flow-definition';
import type { FlowActivities, RunFlowInput } from '@tributary/workflows/run-flow.contract';
import { locateTemporalCli } from '../scripts/runtime/temporal-cli';
import { startTemporalDevServer } from '../scripts/runtime/temporal-dev-server';
import { freePort } from '../scripts/runtime/wait-for-port';

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
};

async function main() {
  const server = await startTemporalDevServer({ cliPath: await locateTemporalCli(), port: await freePort() });
  const connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection });
  const nativeConnection = await NativeConnection.connect({ address: server.address });
  const workflowBundle = await bundleWorkflowCode({
    workflowsPath: require.resolve('./workflows/bench-bundle.ts'),
    logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error: console.error },
  });
  const worker = await Worker.create({ connection: nativeConnection, taskQueue, workflowBundle, activities });

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

  const rows = await worker.runUntil(async () => {
    await measure('warm-up', 5, interpreted);
    await measure('warm-up', 5, handWritten);
    // interleave so neither contender gets a warmer server
    const results = [];
    for (let round = 0; round < 2; round += 1) {
      results.push(await measure('hand-written workflow (baseline)', runs / 2, handWritten));
      results.push(await measure('runFlow interpreting 20 action steps', runs / 2, interpreted));
    }
    return results;
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
  await connection.close();
  await nativeConnection.close();
  await server.stop();
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
