import { randomBytes, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Connector } from '@tributary/connector-sdk';
import { startApi, uniqueSlug, type ApiResponse, type RunningApi, type StartApiOptions } from './running-api';
import { startWorker, type RunningWorker } from './running-worker';

/** The API and an in-process worker sharing a private task queue: runs really execute. */
export interface RunHarness {
  api: RunningApi;
  worker: RunningWorker;
  /** creates and publishes a flow; returns its id and slug */
  publish(definition: object, slug?: string): Promise<{ id: string; slug: string }>;
  /** replaces the draft and publishes the next version */
  publishNext(slug: string, definition: object): Promise<number>;
  hook(path: string, body: unknown, query?: string): Promise<ApiResponse>;
  /** polls GET /v1/runs/:id until `until` holds (default: the run is closed) */
  waitForRun(runId: string, until?: (run: RunBody) => boolean): Promise<RunBody>;
  close(): Promise<void>;
}

export interface RunBody {
  id: string;
  status: string;
  flow: { id: string; slug: string; version: number };
  steps: { id: string; status: string; output?: any; reused?: boolean; error?: { code: string } }[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- step outputs are arbitrary JSON
  error?: { code: string; message: string; stepId?: string };
  restartedFrom: { runId: string; stepId: string } | null;
  rerunOf: string | null;
  businessKey: string | null;
}

export async function startRunHarness(
  env: Record<string, string> = {},
  options: { connectors?: Connector[]; apiOptions?: StartApiOptions } = {},
): Promise<RunHarness> {
  const taskQueue = `api-test-${randomUUID()}`;
  const connectionSecretsKey = randomBytes(32).toString('base64');
  const [api, worker] = await Promise.all([
    startApi(
      { TEMPORAL_TASK_QUEUE: taskQueue, CONNECTION_SECRETS_KEY: connectionSecretsKey, ...env },
      options.apiOptions,
    ),
    startWorker({ taskQueue, connectionSecretsKey, ...(options.connectors ? { connectors: options.connectors } : {}) }),
  ]);
  return {
    api,
    worker,
    async publish(definition, slug = uniqueSlug('flow')) {
      const created = await api.request('POST', '/v1/flows', { slug, name: slug, definition });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const published = await api.request('POST', `/v1/flows/${slug}/publish`);
      expect(published.status, JSON.stringify(published.body)).toBe(201);
      return { id: created.body.id, slug };
    },
    async publishNext(slug, definition) {
      const updated = await api.request('PUT', `/v1/flows/${slug}`, { name: slug, definition });
      expect(updated.status, JSON.stringify(updated.body)).toBe(200);
      const published = await api.request('POST', `/v1/flows/${slug}/publish`);
      expect(published.status, JSON.stringify(published.body)).toBe(201);
      return published.body.version;
    },
    hook: (path, body, query = '') => api.request('POST', `/hooks/${path}${query}`, body),
    async waitForRun(runId, until = (run) => run.status !== 'running') {
      const deadline = Date.now() + 30_000;
      let last: RunBody | undefined;
      while (Date.now() < deadline) {
        const response = await api.request('GET', `/v1/runs/${runId}`);
        expect(response.status).toBe(200);
        last = response.body as RunBody;
        if (until(last)) return last;
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      throw new Error(`run ${runId} did not get there in 30 s; last seen: ${JSON.stringify(last)}`);
    },
    async close() {
      await Promise.allSettled([worker.close(), api.close()]);
    },
  };
}

/** An action step of the probe connector: records a call under `label` and echoes `data`. */
export function probeStep(id: string, label: string, data?: unknown) {
  return {
    id,
    kind: 'action',
    connector: 'probe',
    action: 'record',
    input: { label, ...(data === undefined ? {} : { data }) },
    retry: { maxAttempts: 1 },
  };
}

export function stepOf(run: RunBody, id: string) {
  const step = run.steps.find((entry) => entry.id === id);
  if (!step) throw new Error(`run ${run.id} has no step "${id}": ${JSON.stringify(run.steps)}`);
  return step;
}

export function uniqueLabel(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString('hex')}`;
}

/** Asserts a run's status, showing its error and steps when it differs. */
export function expectRunStatus(run: RunBody, status: string): void {
  expect(run.status, `run ${run.id}: ${JSON.stringify({ error: run.error, steps: run.steps })}`).toBe(status);
}
