import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { describe, expect, it } from 'vitest';
import { mappedForAction } from './map-target';

const action = (id: string, input: Record<string, unknown>) => ({
  id,
  kind: 'action',
  connector: 'http',
  action: 'request',
  input,
});

describe('mappedForAction', () => {
  it('prefers the action that reads the map step output', () => {
    const definition = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        { id: 'mapJob', kind: 'map', rules: [{ target: 'a', from: 1 }] },
        action('notify', { text: 'hello' }),
        action('create', { body: '=$steps.mapJob.output' }),
      ],
    } as unknown as FlowDefinition;
    expect(mappedForAction(definition, 'mapJob')?.id).toBe('create');
  });

  it('falls back to the next action, and to none after the last step', () => {
    const definition = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [action('before', {}), { id: 'mapJob', kind: 'map', rules: [] }, action('after', {})],
    } as unknown as FlowDefinition;
    expect(mappedForAction(definition, 'mapJob')?.id).toBe('after');
    expect(mappedForAction(definition, 'after')).toBeUndefined();
  });
});
