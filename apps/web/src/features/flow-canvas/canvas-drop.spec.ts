import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowStep } from '@tributary/workflows/flow-definition';
import { dropIndex } from './canvas-drop';
import { layoutFlowCanvas } from './canvas-layout';

const fail = (id: string): FlowStep => ({ id, kind: 'fail', error: 'stop' });

describe('dropping a dragged step', () => {
  it('reorders within the block by vertical position', async () => {
    const definition: FlowDefinition = {
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      compensateOnFailure: false,
      steps: [fail('a'), fail('b'), { id: 'check', kind: 'if', condition: 'true', then: [fail('x'), fail('y')] }],
    };
    const { nodes } = await layoutFlowCanvas(definition);
    const top = (id: string) => nodes.find((node) => node.id === id)!.position.y;
    expect(dropIndex(nodes, 'step:a', top('step:a'))).toBe(0);
    const region = nodes.find((node) => node.id === 'block:check')!;
    expect(dropIndex(nodes, 'step:a', region.position.y + region.height)).toBe(2);
    expect(dropIndex(nodes, 'step:b', top('step:a') - 50)).toBe(0);
    expect(dropIndex(nodes, 'step:y', top('step:x') - 20)).toBe(0);
    expect(dropIndex(nodes, 'step:check', 0)).toBeUndefined();
    expect(dropIndex(nodes, 'trigger', 0)).toBeUndefined();
  });
});
