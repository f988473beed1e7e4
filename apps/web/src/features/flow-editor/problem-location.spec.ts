import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { dottedSegments, locateProblem, pointerSegments, problemText } from './problem-location';

const definition = {
  schemaVersion: 1,
  trigger: { kind: 'webhook', path: 'erp/jobs' },
  compensateOnFailure: false,
  steps: [
    { id: 'mapJob', kind: 'map', each: false, mapping: { rules: [{ target: 'title', expression: '(' }] } },
    {
      id: 'check',
      kind: 'if',
      condition: 'true',
      then: [{ id: 'call', kind: 'action', connector: 'http', action: 'request', input: { url: '' } }],
    },
  ],
} as unknown as FlowDefinition;

describe('locating a validation problem on the canvas', () => {
  it('maps a JSON pointer to the innermost step and a path relative to it', () => {
    expect(locateProblem(definition, { pointer: '/definition/steps/1/then/0/input/url', message: 'bad url' })).toEqual({
      stepId: 'call',
      path: 'input.url',
      message: 'bad url',
      source: '/definition/steps/1/then/0/input/url',
    });
  });

  it('reads dotted paths, with or without the definition prefix', () => {
    expect(
      locateProblem(definition, { path: 'definition.steps[0].mapping.rules[0].expression', message: 'x' }),
    ).toMatchObject({ stepId: 'mapJob', path: 'mapping.rules[0].expression' });
    expect(locateProblem(definition, { path: 'steps[1].condition', message: 'x' })).toMatchObject({
      stepId: 'check',
      path: 'condition',
    });
  });

  it('does not take a mapping transform with a kind for a step', () => {
    const withTransform = structuredClone(definition) as unknown as { steps: { mapping?: { rules: object[] } }[] };
    withTransform.steps[0]!.mapping!.rules[0] = { target: 't', source: 's', transforms: [{ kind: 'trim' }] };
    expect(
      locateProblem(withTransform as unknown as FlowDefinition, {
        pointer: '/definition/steps/0/mapping/rules/0/transforms/0/kind',
        message: 'x',
      }),
    ).toMatchObject({ stepId: 'mapJob', path: 'mapping.rules[0].transforms[0].kind' });
  });

  it('puts trigger problems on the trigger, the step itself at "", and flow-level problems nowhere', () => {
    expect(locateProblem(definition, { pointer: '/definition/trigger/path', message: 'x' })).toMatchObject({
      stepId: 'trigger',
      path: 'path',
    });
    expect(locateProblem(definition, { pointer: '/definition/steps/1', message: 'dup' })).toMatchObject({
      stepId: 'check',
      path: '',
    });
    expect(locateProblem(definition, { pointer: '/definition/steps', message: 'empty' })).toMatchObject({
      stepId: null,
      path: 'steps',
    });
  });

  it('keeps a step that a problem points past (a removed index) at the deepest one that exists', () => {
    expect(locateProblem(definition, { pointer: '/definition/steps/1/then/3/input', message: 'x' })).toMatchObject({
      stepId: 'check',
      path: 'then[3].input',
    });
  });

  it('parses pointers and dotted paths', () => {
    expect(pointerSegments('/input/a~1b/0/c~0d')).toEqual(['input', 'a/b', 0, 'c~d']);
    expect(dottedSegments('definition.steps[10].input.url')).toEqual(['definition', 'steps', 10, 'input', 'url']);
    expect(problemText({ path: 'input.url', message: 'bad' })).toBe('input.url: bad');
    expect(problemText({ path: '', message: 'bad' })).toBe('bad');
  });
});
