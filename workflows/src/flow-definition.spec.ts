import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFlowDefinition } from './flow-definition';

const demo = JSON.parse(
  readFileSync(new URL('../../examples/flows/erp-maintenance-to-cmms.flow.json', import.meta.url), 'utf8'),
) as { definition: unknown };

describe('validateFlowDefinition', () => {
  it('accepts the seeded ERP → CMMS demo flow', () => {
    const result = validateFlowDefinition(demo.definition);
    expect(result.ok).toBe(true);
  });

  it('lists every invalid field with its JSON path', () => {
    const result = validateFlowDefinition({
      schemaVersion: 1,
      trigger: { kind: 'webhook', path: 'Bad Path' },
      steps: [
        { id: 'a', kind: 'teleport' },
        { id: 'b', kind: 'action', action: 'request' },
        { id: '1x', kind: 'map', rules: [] },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['trigger.path', 'steps[0].kind', 'steps[1].connector', 'steps[2].id', 'steps[2].rules']),
    );
  });

  it('rejects duplicate step ids, pointing at the second one', () => {
    const result = validateFlowDefinition({
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        { id: 'same', kind: 'map', rules: [{ target: 'a', from: 1 }] },
        { id: 'same', kind: 'map', rules: [{ target: 'b', from: 2 }] },
      ],
    });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'steps[1].id', message: 'duplicate step id "same" (first used at steps[0])' }],
    });
  });
});

describe('validateFlowDefinition rejects what would otherwise fail at run time', () => {
  const issuesOf = (steps: unknown[], extra: Record<string, unknown> = {}) => {
    const result = validateFlowDefinition({ schemaVersion: 1, trigger: { kind: 'manual' }, steps, ...extra });
    return result.ok ? [] : result.issues;
  };

  it('names an unknown step kind nested in a branch by its path', () => {
    expect(issuesOf([{ id: 'check', kind: 'if', condition: 'true', then: [{ id: 'x', kind: 'teleport' }] }])).toEqual([
      expect.objectContaining({ path: 'steps[0].then[0].kind' }),
    ]);
  });

  it('finds duplicate ids across nested blocks', () => {
    const issues = issuesOf([
      { id: 'a', kind: 'map', rules: [{ target: 'x', from: 1 }] },
      {
        id: 'loop',
        kind: 'forEach',
        items: '[1,2]',
        steps: [{ id: 'a', kind: 'map', rules: [{ target: 'y', from: 2 }] }],
      },
    ]);
    expect(issues).toEqual([
      { path: 'steps[1].steps[0].id', message: 'duplicate step id "a" (first used at steps[0])' },
    ]);
  });

  it('rejects references to missing, later and enclosing steps', () => {
    const issues = issuesOf([
      {
        id: 'first',
        kind: 'action',
        connector: 'http',
        action: 'request',
        input: { a: '=$steps.nope.output', b: '=$steps.last.output' },
      },
      {
        id: 'loop',
        kind: 'forEach',
        items: '$trigger.items',
        steps: [{ id: 'inner', kind: 'map', rules: [{ target: 'x', from: '=$steps.loop.output' }] }],
      },
      { id: 'last', kind: 'map', rules: [{ target: 'y', from: '=$steps.first.output.id' }] },
    ]);
    expect(issues.map((issue) => [issue.path, issue.message.split(' — ')[0]])).toEqual([
      ['steps[0].input.a', 'refers to step "nope", which does not exist'],
      ['steps[0].input.b', 'refers to step "last", which runs after this one'],
      [
        'steps[1].steps[0].rules[0].from',
        'refers to step "loop" from inside it; its output exists only after it finishes',
      ],
    ]);
  });

  it('rejects JSONata that does not parse, with the character position', () => {
    const issues = issuesOf([
      {
        id: 'route',
        kind: 'switch',
        value: '$trigger.site = ',
        cases: [{ when: 'A', steps: [{ id: 'a', kind: 'fail', error: 'x' }] }],
      },
      { id: 'm', kind: 'map', rules: [{ target: 'x', from: '=$trigger.(' }] },
    ]);
    expect(issues.map((issue) => issue.path)).toEqual(['steps[0].value', 'steps[1].rules[0].from']);
    expect(issues[0]?.message).toMatch(/^invalid expression at character \d+: /);
  });

  it('allows $item only inside a forEach body', () => {
    const issues = issuesOf([
      { id: 'm', kind: 'map', rules: [{ target: 'x', from: '=$item' }] },
      {
        id: 'loop',
        kind: 'forEach',
        items: '[1]',
        collect: '=$item * 2',
        steps: [{ id: 'n', kind: 'map', rules: [{ target: 'x', from: '=$item' }] }],
      },
    ]);
    expect(issues.map((issue) => issue.path)).toEqual(['steps[0].rules[0].from']);
  });

  it('checks option combinations the schema alone cannot', () => {
    const issues = issuesOf([
      { id: 'w', kind: 'wait', duration: 'soon' },
      { id: 'w2', kind: 'wait' },
      { id: 'e', kind: 'waitForEvent', event: 'x', onTimeout: [{ id: 'f', kind: 'fail', error: 'late' }] },
      { id: 'm', kind: 'map' },
    ]);
    expect(issues.map((issue) => issue.path)).toEqual([
      'steps[0].duration',
      'steps[1]',
      'steps[2].onTimeout',
      'steps[3]',
    ]);
  });
});
