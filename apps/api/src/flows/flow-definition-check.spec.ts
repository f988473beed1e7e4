import { describe, expect, it } from 'vitest';
import { validateFlowDefinition } from '@tributary/workflows/flow-definition';
import { checkFlowDefinition, jsonPointer } from './flow-definition-check';

describe('checkFlowDefinition', () => {
  it('reports the same paths and messages as validateFlowDefinition, with pointers beside them', () => {
    const definition = {
      schemaVersion: 1,
      trigger: { kind: 'webhook', path: 'Not Valid' },
      steps: [
        { id: 'a', kind: 'teleport' },
        { id: 'b', kind: 'action' },
      ],
    };
    const checked = checkFlowDefinition(definition);
    const reference = validateFlowDefinition(definition);
    if (checked.ok || reference.ok) throw new Error('expected both to reject the definition');
    expect(checked.problems.map(({ path, message }) => ({ path, message }))).toEqual(
      reference.issues.map((issue) => ({ path: `definition.${issue.path}`, message: issue.message })),
    );
    expect(checked.problems.map((problem) => problem.pointer)).toEqual(
      expect.arrayContaining(['/definition/trigger/path', '/definition/steps/0/kind', '/definition/steps/1/connector']),
    );
  });

  it('escapes "~" and "/" in pointers, and keeps a key with a dot one segment', () => {
    expect(jsonPointer(['definition', 'steps', 0, 'input', 'a/b', 'c~d', 'e.f'])).toBe(
      '/definition/steps/0/input/a~1b/c~0d/e.f',
    );
  });
});
