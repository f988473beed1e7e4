import { createHash, randomBytes } from 'node:crypto';
import { Client, Connection, ServiceError } from '@temporalio/client';
import proto from '@temporalio/proto';
import { CLAIM_CHECK_ENCODING, DEFAULT_CLAIM_CHECK_THRESHOLD_BYTES } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FlowDefinitionInput } from '../src/flow-definition';
import { PROGRESS_QUERY, type RunProgress } from '../src/run-flow.contract';
import type { runFlow } from '../src/run-flow.workflow';
import { recordingActivities, runInput } from './support/flow-harness';
import { TemporalTestEnv } from './temporal-test-env';

const { History } = proto.temporal.api.history.v1;
const { Payload } = proto.temporal.api.common.v1;
type HistoryEvent = proto.temporal.api.history.v1.IHistoryEvent;

let env: TemporalTestEnv;
/**
 * Sees history as the server stores it: no codec, so references stay
 * references. No gRPC retries either: a refused start fails at once instead
 * of being retried for ~40 s.
 */
let rawConnection: Connection;
let rawClient: Client;
beforeAll(async () => {
  env = await TemporalTestEnv.connect();
  rawConnection = await Connection.connect({ address: inject('temporalAddress'), interceptors: [] });
  rawClient = new Client({ connection: rawConnection, namespace: inject('temporalNamespace') });
});
afterAll(async () => {
  await rawConnection?.close();
  await env?.close();
});

/** Copies the file and where it came from, leaves the rest of the trigger behind, then hands the file to a connector. */
const forwardFile: FlowDefinitionInput = {
  schemaVersion: 1,
  trigger: { kind: 'webhook', path: 'scans' },
  steps: [
    {
      id: 'copy',
      kind: 'map',
      rules: [
        { target: 'document', from: '=$trigger.body.file' },
        { target: 'source', from: '=$trigger.body.scanner.id' },
      ],
    },
    {
      id: 'upload',
      kind: 'action',
      connector: 'archive',
      action: 'store',
      input: { document: '=$steps.copy.output.document', source: '=$steps.copy.output.source' },
    },
  ],
};

const MiB = 1024 * 1024;
/** ~30 s alone on 2 cores: every hop stores or loads 20-40 MB in Postgres, and the query replays the run */
const BIG_RUN_TIMEOUT_MS = 180_000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('claim-check of big payloads on a real Temporal server', () => {
  it(
    'moves a 20 MB file through a map and an action step while history keeps only small references',
    async () => {
      const content = randomBytes(15 * MiB).toString('base64');
      expect(content.length).toBeGreaterThanOrEqual(20 * MiB);
      const file = { name: 'scan-0042.tiff', contentType: 'image/tiff', content };
      const trigger = { body: { scanner: { id: 'scanner-7', site: 'Plant 2' }, file, pages: 12 } };
      const { activities, calls } = recordingActivities((call) => call.input);
      const { worker, taskQueue } = await env.worker(activities);
      const input = runInput(forwardFile, trigger);
      const workflowId = `flow-test-${input.runId}`;

      const [result, progress] = await worker.runUntil(async () => {
        const result = await env.client.workflow.execute<typeof runFlow>('runFlow', {
          taskQueue,
          workflowId,
          args: [input],
        });
        return [result, await env.client.workflow.getHandle(workflowId).query<RunProgress>(PROGRESS_QUERY)] as const;
      });

      // the connector, the result and the progress query each see the whole file, byte for byte
      const digestOf = (value: unknown) => sha256((value as { content: string }).content);
      expect(calls).toHaveLength(1);
      expect(digestOf(calls[0]!.input.document)).toBe(sha256(content));
      const [copied, uploaded] = result.steps;
      expect(copied).toMatchObject({ id: 'copy', status: 'succeeded' });
      expect(uploaded).toMatchObject({ id: 'upload', status: 'succeeded', output: { source: 'scanner-7' } });
      for (const step of [...result.steps, ...progress.steps]) {
        const { document } = step.output as { document: typeof file };
        expect({ ...document, content: sha256(document.content) }).toEqual({ ...file, content: sha256(content) });
      }
      expect(progress.status).toBe('completed');

      // what the server stored: references for the big payloads, nothing above the threshold
      const events = await rawHistory(workflowId);
      const payloads = events.flatMap(payloadsIn);
      const references = payloads.filter((payload) => encodingOf(payload) === CLAIM_CHECK_ENCODING);
      const largest = Math.max(...payloads.map(serializedSize));
      const historyBytes = History.encode({ events }).finish().byteLength;
      const offloadedBytes = references.reduce((sum, reference) => sum + referenceSize(reference), 0);
      // workflow input, activity input, activity result, workflow result
      expect(references.length).toBeGreaterThanOrEqual(4);
      expect(offloadedBytes).toBeGreaterThan(4 * 20 * MiB);
      expect(largest).toBeLessThanOrEqual(DEFAULT_CLAIM_CHECK_THRESHOLD_BYTES);
      expect(historyBytes).toBeLessThan(1 * MiB);
    },
    BIG_RUN_TIMEOUT_MS,
  );

  it('is needed: without the codec the server refuses to start such a run', async () => {
    const input = runInput(forwardFile, {
      body: { file: { name: 'big.bin', content: randomBytes(15 * MiB).toString('base64') } },
    });
    const refused = await rawClient.workflow
      .start('runFlow', {
        taskQueue: `nobody-polls-${input.runId}`,
        workflowId: `flow-test-${input.runId}`,
        args: [input],
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ServiceError);
    expect(String((refused as ServiceError).cause)).toMatch(/RESOURCE_EXHAUSTED.*larger than max/);
  });
});

async function rawHistory(workflowId: string): Promise<HistoryEvent[]> {
  const events: HistoryEvent[] = [];
  let nextPageToken: Uint8Array | undefined;
  do {
    const page = await rawClient.workflowService.getWorkflowExecutionHistory({
      namespace: inject('temporalNamespace'),
      execution: { workflowId },
      nextPageToken,
    });
    events.push(...(page.history?.events ?? []));
    nextPageToken = page.nextPageToken?.length ? page.nextPageToken : undefined;
  } while (nextPageToken);
  return events;
}

type PayloadMessage = proto.temporal.api.common.v1.IPayload;

/** Every Payload anywhere in an event: inputs, results, memo, headers, failure details. */
function payloadsIn(value: unknown): PayloadMessage[] {
  if (!value || typeof value !== 'object' || ArrayBuffer.isView(value)) return [];
  if (Array.isArray(value)) return value.flatMap(payloadsIn);
  const record = value as Record<string, unknown>;
  if (record.metadata && typeof record.metadata === 'object' && ArrayBuffer.isView(record.data)) {
    return [record as PayloadMessage];
  }
  return Object.values(record).flatMap(payloadsIn);
}

function encodingOf(payload: PayloadMessage): string {
  return Buffer.from(payload.metadata?.encoding ?? []).toString();
}

function serializedSize(payload: PayloadMessage): number {
  return Payload.encode(payload).finish().byteLength;
}

function referenceSize(reference: PayloadMessage): number {
  return (JSON.parse(Buffer.from(reference.data ?? []).toString()) as { sizeBytes: number }).sizeBytes;
}
