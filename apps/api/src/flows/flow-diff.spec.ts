import { describe, expect, it } from 'vitest';
import { FlowDefinition, type FlowDefinitionInput } from '@tributary/workflows/flow-definition';
import { diffFlowDefinitions } from './flow-diff';

const action = (id: string, url = `http://x/${id}`) => ({
  id,
  kind: 'action' as const,
  connector: 'http',
  action: 'request',
  input: { url },
});

function flow(steps: FlowDefinitionInput['steps']): FlowDefinition {
  return FlowDefinition.parse({ schemaVersion: 1, trigger: { kind: 'manual' }, steps });
}

const branch = (then: FlowDefinitionInput['steps']) => ({ id: 'check', kind: 'if' as const, condition: '=true', then });

describe('diffFlowDefinitions', () => {
  it('reports an edit inside a branch under the nested step only, not its parent', () => {
    const { summary } = diffFlowDefinitions(
      flow([branch([action('a')])]),
      flow([branch([action('a', 'http://x/changed')])]),
    );
    expect(summary).toEqual({ stepsAdded: [], stepsRemoved: [], stepsChanged: ['a'], triggerChanged: false });
  });

  it('calls a step moved into another block changed, not removed and added', () => {
    const { summary } = diffFlowDefinitions(
      flow([branch([action('a'), action('b')])]),
      flow([branch([action('b')]), action('a')]),
    );
    expect(summary).toMatchObject({ stepsAdded: [], stepsRemoved: [], stepsChanged: ['a'] });
  });

  it('does not mark neighbours changed when a step is inserted before them, but does when two are swapped', () => {
    const inserted = diffFlowDefinitions(
      flow([action('a'), action('b')]),
      flow([action('new'), action('a'), action('b')]),
    );
    expect(inserted.summary).toMatchObject({ stepsAdded: ['new'], stepsChanged: [] });
    const swapped = diffFlowDefinitions(flow([action('a'), action('b')]), flow([action('b'), action('a')]));
    expect(swapped.summary.stepsChanged.sort()).toEqual(['a', 'b']);
  });

  it('gives an empty patch for equal definitions stored with another key order (jsonb reorders keys)', () => {
    const a = flow([action('a')]);
    const reversed = (value: object) => Object.fromEntries(Object.entries(value).reverse());
    const b = { ...reversed(a), steps: a.steps.map(reversed) } as FlowDefinition;
    expect(Object.keys(b)).not.toEqual(Object.keys(a));
    expect(diffFlowDefinitions(a, b).patch).toEqual([]);
  });
});
