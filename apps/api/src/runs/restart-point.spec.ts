import { describe, expect, it } from 'vitest';
import type { StepProgress } from '@tributary/workflows/run-flow.contract';
import { recordedOutputsBefore, restartStepFor } from './restart-point';

const step = (id: string, status: StepProgress['status'], extra: Partial<StepProgress> = {}): StepProgress => ({
  id,
  kind: 'action',
  status,
  attempts: 1,
  ...extra,
});

const steps: StepProgress[] = [
  step('fetch', 'succeeded', { output: { job: 7 } }),
  step('route', 'failed', { kind: 'if' }),
  step('notify', 'succeeded', { parentId: 'route', output: { sent: true } }),
  step('create', 'failed', { parentId: 'route' }),
  step('tidy', 'failed', { handled: true, output: { skipped: true } }),
  step('confirm', 'skipped'),
];

describe('restartStepFor', () => {
  it('restarts at the top-level step containing the step that failed the run', () => {
    expect(restartStepFor({ steps, error: { code: 'http_500', message: 'boom', stepId: 'create' } })).toBe('route');
  });

  it('falls back to the first unhandled failed step when the run error names none', () => {
    expect(restartStepFor({ steps })).toBe('route');
  });

  it('has no answer for a run without a failed step', () => {
    expect(restartStepFor({ steps: [step('a', 'succeeded')] })).toBeUndefined();
  });
});

describe('recordedOutputsBefore', () => {
  it('carries over the outputs inside the given top-level steps, nested ones included', () => {
    expect(recordedOutputsBefore(steps, ['fetch', 'route', 'tidy'])).toEqual({
      fetch: { job: 7 },
      notify: { sent: true },
      tidy: { skipped: true },
    });
  });

  it('records a step that succeeded without output as null', () => {
    expect(recordedOutputsBefore([step('a', 'succeeded')], ['a'])).toEqual({ a: null });
  });

  it('carries over nothing when restarting at the first step', () => {
    expect(recordedOutputsBefore(steps, [])).toEqual({});
  });
});
