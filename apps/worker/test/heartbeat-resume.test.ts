import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Connection, defaultPayloadConverter, type WorkflowHandle } from '@temporalio/client';
import { NativeConnection, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { sendJson, startTestHttpServer, type TestHttpServer } from '@tributary/connector-sdk/testing/test-http-server';
import { FlowDefinition } from '@tributary/workflows/flow-definition';
import type { RunFlowInput } from '@tributary/workflows/run-flow.contract';
import type { runFlow } from '@tributary/workflows/run-flow.workflow';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { syncWorkerActivities } from './sync-worker-activities';
import { startWorkerProcess, waitFor, type WorkerProcess } from './worker-process';
import { bundleFlowWorkflows } from '../../../scripts/testing/flow-workflow-bundle';

/**
 * Crash and resume on the real Temporal dev server. Worker A runs in a child
 * process and is SIGKILLed mid-sync, because only a real process death is a
 * crash: `worker.shutdown()` would cancel the activity and report a failure,
 * which Temporal retries at once without ever consulting the heartbeat timeout.
 * Worker B then picks up attempt 2 and must continue from the last heartbeat.
 */

const PAGES = 8;
const RECORDS_PER_PAGE = 5;
/** the first request for this page never gets an answer: worker A dies waiting for it */
const HANGING_PAGE = 5;
const HEARTBEAT_TIMEOUT_MS = 2_000;

let client: Client;
let clientConnection: Connection;
let workerConnection: NativeConnection;
let bundle: WorkflowBundleWithSourceMap;
let bundleDir: string;
let bundlePath: string;

beforeAll(async () => {
  const address = inject('temporalAddress');
  [clientConnection, workerConnection] = await Promise.all([
    Connection.connect({ address }),
    NativeConnection.connect({ address }),
  ]);
  client = new Client({ connection: clientConnection, namespace: inject('temporalNamespace') });
  bundle = await bundleFlowWorkflows();
  bundleDir = await mkdtemp(path.join(tmpdir(), 'tributary-sync-worker-'));
  bundlePath = path.join(bundleDir, 'workflow-bundle.js');
  await writeFile(bundlePath, bundle.code);
});

afterAll(async () => {
  await clientConnection?.close();
  await workerConnection?.close();
  if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
});

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a paginated sync whose worker crashes', () => {
  it(
    'resumes on another worker after the last heartbeated page instead of starting over',
    { timeout: 90_000 },
    async () => {
      const api = await startRecordsApi();
      cleanups.push(() => api.server.close());
      const taskQueue = `sync-${randomUUID()}`;
      const workerA = await startSyncWorker(taskQueue);
      cleanups.push(() => workerA.kill());

      const input = runInput(api.server.url);
      const handle = await client.workflow.start<typeof runFlow>('runFlow', {
        taskQueue,
        workflowId: `flow-sync-${input.runId}`,
        args: [input],
      });
      cleanups.push(() => handle.terminate('test over').catch(() => undefined));

      // Worker A is stuck on the hanging page; wait until Temporal holds the heartbeat sent after
      // the page before it (heartbeats are throttled to 0.8 × the timeout, so it arrives late).
      await waitFor(() => api.hangingRequestReceived, 'worker A to ask for the hanging page');
      const heartbeat = await waitFor(async () => {
        const recorded = await recordedHeartbeat(handle);
        return recorded.details === cursorFor(HANGING_PAGE) ? recorded : undefined;
      }, 'Temporal to record the heartbeat of the last finished page');
      expect(heartbeat.attempt).toBe(1);

      await workerA.kill();
      const requestsBeforeCrash = api.server.requests.length;

      const workerB = await Worker.create({
        connection: workerConnection,
        namespace: inject('temporalNamespace'),
        taskQueue,
        workflowBundle: { code: bundle.code },
        activities: syncWorkerActivities(),
      });
      const result = await workerB.runUntil(handle.result());

      const step = result.steps.find((candidate) => candidate.id === 'sync');
      expect(step).toMatchObject({
        status: 'succeeded',
        attempts: 2,
        output: {
          resumedFrom: cursorFor(HANGING_PAGE),
          pagesFetched: PAGES - HANGING_PAGE + 1,
          recordsSynced: (PAGES - HANGING_PAGE + 1) * RECORDS_PER_PAGE,
        },
      });
      // Every page fetched; the ones finished before the crash exactly once; the hanging one again by attempt 2.
      expect(api.requestsPerPage()).toEqual({ 1: 1, 2: 1, 3: 1, 4: 1, 5: 2, 6: 1, 7: 1, 8: 1 });
      expect(api.pagesRequested().slice(requestsBeforeCrash)).toEqual([5, 6, 7, 8]);
    },
  );
});

/** Eight pages of five records behind cursors `page-2` … `page-8`; the first call for page 5 hangs. */
async function startRecordsApi() {
  let hangingRequestReceived = false;
  const server: TestHttpServer = await startTestHttpServer((request, response) => {
    const page = pageOf(request.url);
    if (page === HANGING_PAGE && !hangingRequestReceived) {
      hangingRequestReceived = true;
      return; // never answered; the connection dies with worker A
    }
    const records = Array.from({ length: RECORDS_PER_PAGE }, (_, index) => ({
      id: `rec_${(page - 1) * RECORDS_PER_PAGE + index + 1}`,
    }));
    sendJson(response, 200, { records, next_cursor: page < PAGES ? cursorFor(page + 1) : null });
  });
  const pagesRequested = () => server.requests.map((request) => pageOf(request.url));
  return {
    server,
    get hangingRequestReceived() {
      return hangingRequestReceived;
    },
    pagesRequested,
    requestsPerPage: () => {
      const counts: Record<number, number> = {};
      for (const page of pagesRequested()) counts[page] = (counts[page] ?? 0) + 1;
      return counts;
    },
  };
}

function cursorFor(page: number): string {
  return `page-${page}`;
}

function pageOf(url: string): number {
  const cursor = new URL(url, 'http://localhost').searchParams.get('cursor');
  return cursor === null ? 1 : Number(cursor.replace('page-', ''));
}

function runInput(baseUrl: string): RunFlowInput {
  const runId = `run_${randomUUID().slice(0, 8)}`;
  return {
    runId,
    flow: { id: 'flow_sync', slug: 'sync', version: 1, versionId: 'flv_sync_1' },
    definition: FlowDefinition.parse({
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        {
          id: 'sync',
          kind: 'action',
          connector: 'paged-sync',
          action: 'syncRecords',
          input: { baseUrl },
          heartbeatTimeoutMs: HEARTBEAT_TIMEOUT_MS,
          retry: { maxAttempts: 5, initialIntervalMs: 100, backoffCoefficient: 1, maxIntervalMs: 100 },
        },
      ],
    }),
    trigger: { kind: 'manual', payload: {}, receivedAt: new Date().toISOString() },
  };
}

/** What the server holds as the running attempt's last heartbeat. */
async function recordedHeartbeat(handle: WorkflowHandle): Promise<{ attempt?: number; details?: unknown }> {
  const { raw } = await handle.describe();
  const activity = raw.pendingActivities?.[0];
  const payload = activity?.heartbeatDetails?.payloads?.[0];
  return {
    attempt: activity?.attempt ?? undefined,
    details: payload ? defaultPayloadConverter.fromPayload(payload) : undefined,
  };
}

function startSyncWorker(taskQueue: string): Promise<WorkerProcess> {
  const options = { address: inject('temporalAddress'), namespace: inject('temporalNamespace'), taskQueue, bundlePath };
  return startWorkerProcess('sync-worker.process.ts', options, 'worker A');
}
