import { randomUUID } from 'node:crypto';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { WorkflowHandle } from '@temporalio/client';
import { FlowDefinition, type FlowDefinitionInput } from '../../src/flow-definition';
import {
  PROGRESS_QUERY,
  type FlowActivities,
  type LaunchRunRequest,
  type PublishedFlowRef,
  type ResolvedFlowVersion,
  type RunActionInput,
  type RunFlowInput,
  type RunOutcome,
  type RunProgress,
} from '../../src/run-flow.contract';
import type { runFlow } from '../../src/run-flow.workflow';
import type { TemporalTestEnv } from '../temporal-test-env';

/** Activities that behave like connectors: answer as `behaviour` says, and remember every call. */
export function recordingActivities(
  behaviour: (call: RunActionInput, attempt: number) => unknown | Promise<unknown>,
  flows: Record<string, ResolvedFlowVersion> = {},
) {
  const calls: RunActionInput[] = [];
  const outcomes: RunOutcome[] = [];
  const launches: LaunchRunRequest[] = [];
  const attempts = new Map<string, number>();
  const activities: FlowActivities = {
    async runAction(call) {
      calls.push(call);
      const key = `${call.idempotencyKey}/${call.action}`;
      const attempt = (attempts.get(key) ?? 0) + 1;
      attempts.set(key, attempt);
      return { output: await behaviour(call, attempt), attempt };
    },
    async recordRunOutcome(outcome) {
      outcomes.push(outcome);
    },
    async resolveFlowVersion({ slug, version }) {
      const found = flows[slug];
      if (!found || (version !== undefined && found.flow.version !== version)) {
        throw new Error(`test has no flow ${slug}@${version ?? 'latest'}`);
      }
      return found;
    },
    async launchRun(request) {
      launches.push(request);
      const found = Object.values(flows).find((candidate) => candidate.flow.id === request.flowId);
      if (!found) throw new Error(`test has no flow with id ${request.flowId}`);
      return {
        runId: `run_launched_${launches.length}`,
        flow: found.flow,
        definition: found.definition,
        trigger: { kind: request.triggerKind, payload: request.payload, receivedAt: request.startedAt },
        mappings: found.mappings,
      };
    },
  };
  return { activities, calls, outcomes, launches };
}

/** An action step whose action name is its id, answered by `recordingActivities`' behaviour. */
export function echo(id: string, input: Record<string, unknown> = {}) {
  return { id, kind: 'action', connector: 'echo', action: id, input } as const;
}

/** Validates the definition the way publishing does, so tests run what users could publish. */
export function parseFlow(definition: FlowDefinitionInput): FlowDefinition {
  return FlowDefinition.parse(definition);
}

/** The flow version `runInput` runs unless told otherwise. */
export const PUBLISHED_TEST_FLOW: PublishedFlowRef = {
  id: 'flow_test',
  slug: 'test',
  version: 2,
  versionId: 'flv_test',
};

export function runInput(
  definition: FlowDefinitionInput,
  payload: unknown,
  extra: Partial<RunFlowInput> = {},
): RunFlowInput {
  const runId = `run_${randomUUID().slice(0, 8)}`;
  return {
    runId,
    flow: PUBLISHED_TEST_FLOW,
    definition: parseFlow(definition),
    trigger: { kind: 'webhook', payload, receivedAt: '2026-11-24T10:00:00.000Z' },
    ...extra,
  };
}

export async function startRun(env: TemporalTestEnv, taskQueue: string, input: RunFlowInput) {
  return env.client.workflow.start<typeof runFlow>('runFlow', {
    taskQueue,
    workflowId: `flow-test-${input.runId}`,
    args: [input],
  });
}

/** The run's end: its result or failure, and its final progress. */
export async function settle(handle: WorkflowHandle<typeof runFlow>) {
  const outcome = await handle.result().then(
    (result) => ({ ok: true as const, result }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  return { outcome, progress: await handle.query<RunProgress>(PROGRESS_QUERY) };
}

export function progressOf(handle: WorkflowHandle) {
  return handle.query<RunProgress>(PROGRESS_QUERY);
}

/** Polls until `check` returns a value (not undefined), for states reached asynchronously. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * With RECORD_HISTORIES=1 the histories of these real runs are written to
 * test/histories/ (existing files are kept, so histories recorded by older
 * interpreters stay as they were), where the replay test checks that the
 * interpreter still makes the same decisions for them.
 */
export async function recordHistory(env: TemporalTestEnv, name: string, workflowId: string): Promise<void> {
  if (!process.env.RECORD_HISTORIES) return;
  const file = new URL(`../histories/${name}.json`, import.meta.url);
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists && process.env.RECORD_HISTORIES !== 'overwrite') return;
  const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
  await mkdir(new URL('../histories/', import.meta.url), { recursive: true });
  await writeFile(file, historyToJSON(history));
}
