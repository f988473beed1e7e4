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
      issues: [{ path: 'steps[1].id', message: 'duplicate step id "same" (first used by steps[0])' }],
    });
  });
});
