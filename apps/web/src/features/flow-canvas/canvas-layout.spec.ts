import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowStep } from '@tributary/workflows/flow-definition';
import { buildCanvasGraph, canvasStructureKey } from './canvas-graph';
import { layoutFlowCanvas } from './canvas-layout';

const fail = (id: string): FlowStep => ({ id, kind: 'fail', error: 'stop' });

const definition: FlowDefinition = {
  schemaVersion: 1,
  trigger: { kind: 'manual' },
  compensateOnFailure: false,
  steps: [
    fail('first'),
    { id: 'check', kind: 'if', condition: 'true', then: [fail('a'), fail('b')] },
    { id: 'route', kind: 'switch', value: 'x', cases: [{ when: 'high', steps: [] }], default: [fail('c')] },
    fail('last'),
  ],
};

describe('the canvas graph', () => {
  it('lists the trigger, then steps in document order, each region before its contents', () => {
    const { nodes } = buildCanvasGraph(definition);
    expect(nodes.filter((node) => node.type !== 'add').map((node) => `${node.type}:${node.stepId}`)).toEqual([
      'step:trigger',
      'step:first',
      'block:check',
      'step:check',
      'step:a',
      'step:b',
      'block:route',
      'step:route',
      'step:c',
      'step:last',
    ]);
  });

  it('offers one "+" per place: after each step, at the end of each block, in each empty block', () => {
    const { nodes, edges } = buildCanvasGraph(definition);
    const labels = [
      ...edges.flatMap((edge) => (edge.add ? [edge.add.label] : [])),
      ...nodes.flatMap((node) => (node.type === 'add' ? [node.label] : [])),
    ].sort();
    expect(labels).toEqual(
      [
        'Add step after trigger',
        'Add step after first',
        'Add step after check',
        'Add step after route',
        'Add step after last',
        'Add step in check then',
        'Add step after a',
        'Add step after b',
        'Add step in check else',
        'Add step in route case high',
        'Add step in route default',
        'Add step after c',
      ].sort(),
    );
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('offers "Add step after trigger" on a new flow without steps', () => {
    const { nodes } = buildCanvasGraph({ ...definition, steps: [] });
    expect(nodes.map((node) => (node.type === 'add' ? node.label : node.stepId))).toEqual([
      'trigger',
      'Add step after trigger',
    ]);
  });

  it('labels the edges into branches', () => {
    const { edges } = buildCanvasGraph(definition);
    expect(edges.filter((edge) => edge.source === 'step:check').map((edge) => edge.label)).toEqual(['then', 'else']);
  });

  it('has a structure key that ignores everything but ids and blocks', () => {
    const renamed = structuredClone(definition);
    renamed.steps[0] = { ...fail('first'), name: 'First', message: 'x' } as FlowStep;
    expect(canvasStructureKey(renamed)).toBe(canvasStructureKey(definition));
    const moved = { ...definition, steps: [definition.steps[1]!, definition.steps[0]!, ...definition.steps.slice(2)] };
    expect(canvasStructureKey(moved)).not.toBe(canvasStructureKey(definition));
  });
});

describe('the canvas layout', () => {
  it('places the flow top-down, branches side by side inside their region', async () => {
    const layout = await layoutFlowCanvas(definition);
    const at = (id: string) => layout.nodes.find((node) => node.id === id)!;
    expect(at('trigger').position.y).toBeLessThan(at('step:first').position.y);
    expect(at('step:first').position.y).toBeLessThan(at('block:check').position.y);
    expect(at('block:check').position.y).toBeLessThan(at('step:last').position.y);
    // inside the region (positions relative to it): the header on top, then and else next to each other
    expect(at('step:check').position.y).toBeLessThan(at('step:a').position.y);
    expect(at('step:a').position.y).toBeLessThan(at('step:b').position.y);
    const elseAdd = layout.nodes.find((node) => node.type === 'add' && node.label === 'Add step in check else')!;
    expect(elseAdd.position.x).toBeGreaterThan(at('step:a').position.x);
    const region = at('block:check');
    expect(region.width).toBeGreaterThan(at('step:a').width);
    expect(at('step:b').position.y + at('step:b').height).toBeLessThanOrEqual(region.height);
  });
});
