import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowStep } from '@tributary/workflows/flow-definition';
import {
  findStep,
  insertStep,
  insertStepAfter,
  moveStep,
  removeStep,
  renameStep,
  replaceStep,
  shiftStep,
  stepIdBase,
  stepIds,
  TOP_LEVEL,
  uniqueStepId,
} from './step-tree-edit';

const fail = (id: string, message?: string): FlowStep => ({ id, kind: 'fail', error: 'stop', message });

function flow(): FlowDefinition {
  return {
    schemaVersion: 1,
    trigger: { kind: 'manual' },
    compensateOnFailure: false,
    steps: [
      { id: 'mapJob', kind: 'map', each: false, rules: [{ target: 'title', from: '=$trigger.body.title' }] },
      {
        id: 'check',
        kind: 'if',
        condition: '$steps.mapJob.output.title != ""',
        then: [fail('a'), fail('b')],
        else: [fail('c')],
      },
      {
        id: 'fanOut',
        kind: 'parallel',
        wait: 'all',
        branches: [
          { name: 'left', steps: [fail('d')] },
          { name: 'right', steps: [fail('e')] },
        ],
      },
      { id: 'notify', kind: 'respond', status: 200, body: { title: '=$steps.mapJob.output.title' } },
    ],
  };
}

describe('step tree edits', () => {
  it('finds a nested step with its block and index', () => {
    expect(findStep(flow(), 'b')).toMatchObject({ block: { parentId: 'check', path: ['then'] }, index: 1 });
    expect(findStep(flow(), 'e')).toMatchObject({ block: { parentId: 'fanOut', path: ['branches', 1, 'steps'] } });
    expect(findStep(flow(), 'notify')).toMatchObject({ block: TOP_LEVEL, index: 3 });
    expect(findStep(flow(), 'nope')).toBeUndefined();
  });

  it('inserts into a nested block and leaves the original untouched', () => {
    const before = flow();
    const after = insertStep(before, { parentId: 'check', path: ['else'] }, 0, fail('x'));
    expect(stepIds(after)).toEqual(['mapJob', 'check', 'a', 'b', 'x', 'c', 'fanOut', 'd', 'e', 'notify']);
    expect(stepIds(before)).not.toContain('x');
    expect(after.steps[0]).toBe(before.steps[0]);
  });

  it('inserts into a block the step does not have yet', () => {
    const withoutElse = insertStep(flow(), TOP_LEVEL, 0, { id: 'solo', kind: 'if', condition: 'true', then: [] });
    const after = insertStep(withoutElse, { parentId: 'solo', path: ['else'] }, 0, fail('x'));
    expect(findStep(after, 'x')).toMatchObject({ block: { parentId: 'solo', path: ['else'] }, index: 0 });
  });

  it('inserts after a step, and after the trigger at the start', () => {
    expect(stepIds(insertStepAfter(flow(), 'a', fail('x'))).slice(0, 5)).toEqual(['mapJob', 'check', 'a', 'x', 'b']);
    expect(stepIds(insertStepAfter(flow(), 'trigger', fail('x')))[0]).toBe('x');
  });

  it('refuses a duplicate id', () => {
    expect(() => insertStep(flow(), TOP_LEVEL, 0, fail('a'))).toThrow('already exists');
  });

  it('removes a step with its nested steps', () => {
    expect(stepIds(removeStep(flow(), 'check'))).toEqual(['mapJob', 'fanOut', 'd', 'e', 'notify']);
    expect(stepIds(removeStep(flow(), 'd'))).not.toContain('d');
  });

  it('moves a step within its block', () => {
    expect(stepIds(moveStep(flow(), 'b', 0)).slice(2, 4)).toEqual(['b', 'a']);
    expect(stepIds(moveStep(flow(), 'mapJob', 9)).at(-1)).toBe('mapJob');
    expect(stepIds(shiftStep(flow(), 'notify', -1)).slice(-4)).toEqual(['notify', 'fanOut', 'd', 'e']);
    const unchanged = flow();
    expect(shiftStep(unchanged, 'mapJob', -1).steps).toBe(unchanged.steps);
  });

  it('renames a step and the $steps references to it, but not to a longer id', () => {
    const before = flow();
    before.steps.push({ id: 'mapJobs', kind: 'respond', status: 200, body: '=$steps.mapJobs.output' });
    const after = renameStep(before, 'mapJob', 'mapWorkOrder');
    expect(stepIds(after)[0]).toBe('mapWorkOrder');
    expect(findStep(after, 'check')!.step).toMatchObject({ condition: '$steps.mapWorkOrder.output.title != ""' });
    expect(findStep(after, 'notify')!.step).toMatchObject({ body: { title: '=$steps.mapWorkOrder.output.title' } });
    expect(findStep(after, 'mapJobs')!.step).toMatchObject({ body: '=$steps.mapJobs.output' });
  });

  it('refuses to rename onto an id in use', () => {
    expect(() => renameStep(flow(), 'a', 'notify')).toThrow('already exists');
    expect(() => replaceStep(flow(), 'a', fail('a', 'changed'))).not.toThrow();
  });

  it('derives unique ids from names', () => {
    expect(stepIdBase('Create work order')).toBe('createWorkOrder');
    expect(stepIdBase('2nd try!')).toBe('step2ndTry');
    const taken = insertStep(flow(), TOP_LEVEL, 0, fail('createWorkOrder'));
    expect(uniqueStepId(taken, 'Create work order')).toBe('createWorkOrder2');
    expect(uniqueStepId(insertStep(taken, TOP_LEVEL, 0, fail('createWorkOrder2')), 'createWorkOrder')).toBe(
      'createWorkOrder3',
    );
  });
});
