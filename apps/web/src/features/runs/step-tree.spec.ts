import { describe, expect, it } from 'vitest';
import type { RunStep } from '../../api/runs.api';
import { nestSteps, restartStepId, waitingApprovals } from './step-tree';

const step = (id: string, extra: Partial<RunStep> = {}): RunStep => ({
  id,
  kind: 'action',
  status: 'succeeded',
  attempts: 1,
  ...extra,
});

describe('nestSteps', () => {
  it('puts nested steps under their parent, one level deeper', () => {
    const rows = nestSteps([
      step('fetch'),
      step('eachLine', { kind: 'forEach' }),
      step('after'),
      step('createLine', { parentId: 'eachLine' }),
      step('notify', { parentId: 'createLine' }),
    ]);
    expect(rows.map((row) => [row.step.id, row.depth])).toEqual([
      ['fetch', 0],
      ['eachLine', 0],
      ['createLine', 1],
      ['notify', 2],
      ['after', 0],
    ]);
  });

  it('shows a step whose parent is missing at the top level', () => {
    expect(nestSteps([step('orphan', { parentId: 'gone' })])).toEqual([
      { step: step('orphan', { parentId: 'gone' }), depth: 0 },
    ]);
  });

  it('survives a parent cycle in bad data', () => {
    const rows = nestSteps([step('a', { parentId: 'b' }), step('b', { parentId: 'a' }), step('c')]);
    expect(rows.map((row) => row.step.id)).toEqual(['c']);
  });
});

describe('restartStepId', () => {
  it('restarts from the failed top-level step', () => {
    expect(restartStepId([step('fetch'), step('invoice', { status: 'failed' })])).toBe('invoice');
  });

  it('restarts a failure inside a block from the top-level step that contains it', () => {
    const steps = [
      step('each', { kind: 'forEach', status: 'failed' }),
      step('line', { parentId: 'each', status: 'failed' }),
    ];
    expect(restartStepId([steps[1]!, steps[0]!])).toBe('each');
  });

  it('ignores failures the flow handled and runs without a failure', () => {
    expect(restartStepId([step('optional', { status: 'failed', handled: true })])).toBeUndefined();
    expect(restartStepId([step('fetch')])).toBeUndefined();
  });
});

describe('waitingApprovals', () => {
  it('finds steps waiting for an approval, not for an event or a timer', () => {
    const approval = step('approve', { status: 'waiting', waitingFor: { approval: { prompt: 'OK?' } } });
    const event = step('event', { status: 'waiting', waitingFor: { event: 'paid' } });
    expect(waitingApprovals([approval, event, step('done')])).toEqual([approval]);
  });
});
