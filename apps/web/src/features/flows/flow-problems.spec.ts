import { describe, expect, it } from 'vitest';
import { ApiProblemError } from '../../api/api-errors';
import { problemCode } from './flow-problems';

describe('problemCode', () => {
  it("reads the code from the problem's type", () => {
    const error = new ApiProblemError({
      type: 'https://tributary.dev/problems/flow_has_running_runs',
      title: 'Flow has running runs',
      status: 409,
    });
    expect(problemCode(error)).toBe('flow_has_running_runs');
  });

  it('has no code for errors that are not API problems', () => {
    expect(problemCode(new Error('boom'))).toBeUndefined();
    expect(problemCode(new ApiProblemError({ title: 'Conflict', status: 409 }))).toBeUndefined();
  });
});
