import { describe, expect, it } from 'vitest';
import { stepTestScope } from './step-test-scope';

describe('stepTestScope', () => {
  it('sends the trigger data and step outputs of the sample', () => {
    expect(stepTestScope({ trigger: { body: 1 }, steps: { a: { output: 2 }, b: {} }, vars: { x: 1 } })).toEqual({
      trigger: { body: 1 },
      steps: { a: { output: 2 }, b: {} },
      vars: { x: 1 },
    });
  });

  it('leaves out what the sample does not have', () => {
    expect(stepTestScope({ steps: {}, vars: 'not an object' })).toEqual({ steps: {} });
  });
});
