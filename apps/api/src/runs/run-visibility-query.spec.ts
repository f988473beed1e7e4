import { describe, expect, it } from 'vitest';
import { quote, visibilityQuery } from './run-visibility-query';

describe('visibilityQuery', () => {
  it('asks only for runFlow executions when nothing is filtered', () => {
    expect(visibilityQuery({})).toBe('WorkflowType = "runFlow"');
  });

  it('joins every filter with AND, using search attributes and Temporal status names', () => {
    expect(
      visibilityQuery({
        flowSlug: 'orders',
        version: 3,
        status: 'cancelled',
        trigger: 'webhook',
        startedAfter: new Date('2026-01-01T00:00:00+01:00'),
        startedBefore: new Date('2026-02-01T00:00:00Z'),
      }),
    ).toBe(
      'WorkflowType = "runFlow" AND TributaryFlow = "orders" AND TributaryFlowVersion = 3 AND ' +
        'ExecutionStatus = "Canceled" AND TributaryTrigger = "webhook" AND ' +
        'StartTime >= "2025-12-31T23:00:00.000Z" AND StartTime < "2026-02-01T00:00:00.000Z"',
    );
  });

  it('spells timed-out runs as Temporal does', () => {
    expect(visibilityQuery({ status: 'timed_out' })).toContain('ExecutionStatus = "TimedOut"');
  });
});

describe('quote', () => {
  it('escapes quotes and backslashes so a value cannot end its literal', () => {
    expect(quote('a" OR WorkflowType = "x')).toBe('"a\\" OR WorkflowType = \\"x"');
    expect(quote('back\\slash')).toBe('"back\\\\slash"');
  });
});
