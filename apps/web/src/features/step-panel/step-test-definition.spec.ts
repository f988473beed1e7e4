import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { describe, expect, it } from 'vitest';
import { replaceStepInput } from './step-test-definition';

const definition: FlowDefinition = {
  schemaVersion: 1,
  trigger: { kind: 'manual' },
  compensateOnFailure: false,
  steps: [
    { id: 'fetch', kind: 'action', connector: 'http', action: 'request', input: { url: '/a' } },
    { id: 'create', kind: 'action', connector: 'cmms', action: 'createWorkOrder', input: { title: '=$x' } },
  ],
};

describe('replaceStepInput', () => {
  it('replaces only the tested step’s input and leaves the draft itself untouched', () => {
    const edited = replaceStepInput(definition, 'create', { title: 'Seal leak' });
    expect(edited.steps[1]).toMatchObject({ id: 'create', input: { title: 'Seal leak' } });
    expect(edited.steps[0]).toBe(definition.steps[0]);
    expect(definition.steps[1]).toMatchObject({ input: { title: '=$x' } });
  });
});
