import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { describe, expect, it } from 'vitest';
import { freshStepId, stepIdProblem } from './step-identity';

const definition = {
  schemaVersion: 1,
  trigger: { kind: 'manual' },
  steps: [
    { id: 'check', kind: 'if', condition: '=true', then: [{ id: 'nested', kind: 'fail', error: 'no' }] },
    { id: 'done', kind: 'respond', status: 200 },
  ],
} as unknown as FlowDefinition;

describe('stepIdProblem', () => {
  it('accepts the current id and a fresh one', () => {
    expect(stepIdProblem('done', 'done', definition)).toBeNull();
    expect(stepIdProblem('createOrder', 'done', definition)).toBeNull();
  });

  it('refuses an id used anywhere in the tree, nested blocks included', () => {
    expect(stepIdProblem('nested', 'done', definition)).toMatch(/already called "nested"/);
    expect(stepIdProblem('check', 'done', definition)).toMatch(/already/);
  });

  it('refuses ids the format does not allow', () => {
    expect(stepIdProblem('', 'done', definition)).toMatch(/needs an id/);
    expect(stepIdProblem('1st', 'done', definition)).toMatch(/Start with a letter/);
    expect(stepIdProblem('has-dash', 'done', definition)).toMatch(/Start with a letter/);
    expect(stepIdProblem('trigger', 'done', definition)).toMatch(/reserved/);
  });
});

describe('freshStepId', () => {
  it('numbers an id that is taken', () => {
    expect(freshStepId('doneFailed', definition)).toBe('doneFailed');
    expect(freshStepId('done', definition)).toBe('done2');
  });
});
