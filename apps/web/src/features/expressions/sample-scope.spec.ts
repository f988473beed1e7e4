import { describe, expect, it } from 'vitest';
import { scopeRoots, toExpressionScope } from './sample-scope';

describe('the expression scope of a sample', () => {
  it('is what a draft test run sees: a run without a version, vars as an object', () => {
    const startedAt = new Date('2026-03-01T10:00:00.000Z');
    expect(toExpressionScope({ trigger: { a: 1 }, steps: {}, vars: 'not an object' }, startedAt)).toEqual({
      trigger: { a: 1 },
      steps: {},
      vars: {},
      run: { id: 'run_sample', flow: 'sample', version: null, startedAt: '2026-03-01T10:00:00.000Z' },
    });
  });

  it('has $item and $index only inside a forEach body', () => {
    expect([...scopeRoots({ steps: {} }).keys()]).toEqual(['trigger', 'steps', 'vars', 'run']);
    expect([...scopeRoots({ steps: {}, item: 'x', index: 0 }).keys()]).toEqual([
      'trigger',
      'steps',
      'vars',
      'run',
      'item',
      'index',
    ]);
  });
});
