import { describe, expect, it } from 'vitest';
import {
  isRunOpen,
  parseFinishedEvent,
  parseProgressEvent,
  stepsById,
  withFinished,
  withProgress,
  type Run,
  type StepProgress,
} from './run-progress';

const step = (id: string, status: StepProgress['status']): StepProgress => ({
  id,
  kind: 'action',
  status,
  attempts: 1,
});

const run: Run = {
  object: 'run',
  id: 'run_1',
  workflowId: 'flow-orders-run_1',
  temporalRunId: null,
  status: 'running',
  trigger: 'test',
  businessKey: null,
  flow: { id: 'flow_1', slug: 'orders', version: null },
  startedAt: '2026-01-01T00:00:00.000Z',
  closedAt: null,
  rerunOf: null,
  restartedFrom: null,
  links: { temporalUi: 'http://temporal/ns/default/workflows/flow-orders-run_1' },
  steps: [step('mapJob', 'running')],
};

describe('parseProgressEvent', () => {
  it('reads the run state of a progress event', () => {
    const data = JSON.stringify({ status: 'running', steps: [step('mapJob', 'succeeded')] });
    expect(parseProgressEvent(data)).toEqual({ status: 'running', steps: [step('mapJob', 'succeeded')] });
  });

  it('skips malformed events', () => {
    expect(parseProgressEvent('not json')).toBeUndefined();
    expect(parseProgressEvent(JSON.stringify({ status: 'running' }))).toBeUndefined();
    expect(parseProgressEvent(undefined)).toBeUndefined();
  });
});

describe('withProgress', () => {
  it('replaces status and steps and keeps the rest of the run', () => {
    const next = withProgress(run, {
      status: 'running',
      steps: [step('mapJob', 'succeeded'), step('create', 'running')],
    });
    expect(next.steps.map((entry) => `${entry.id}:${entry.status}`)).toEqual(['mapJob:succeeded', 'create:running']);
    expect(next.links).toEqual(run.links);
  });

  it('drops an error the newer state no longer has', () => {
    const failed = { ...run, error: { code: 'x', message: 'boom' } };
    expect(withProgress(failed, { status: 'running', steps: [] }).error).toBeUndefined();
  });
});

describe('withFinished', () => {
  it('closes the run with its final status and error', () => {
    const finished = parseFinishedEvent(
      JSON.stringify({
        id: 'run_1',
        status: 'failed',
        closedAt: '2026-01-01T00:00:05.000Z',
        error: { code: 'c', message: 'm' },
      }),
    );
    expect(finished).toBeDefined();
    const closed = withFinished(run, finished!);
    expect(closed.status).toBe('failed');
    expect(closed.closedAt).toBe('2026-01-01T00:00:05.000Z');
    expect(closed.error).toEqual({ code: 'c', message: 'm' });
    expect(isRunOpen(closed)).toBe(false);
    expect(isRunOpen(run)).toBe(true);
  });
});

describe('stepsById', () => {
  it('keys the steps by their id', () => {
    expect(Object.keys(stepsById([step('a', 'succeeded'), step('b', 'failed')]))).toEqual(['a', 'b']);
  });
});
