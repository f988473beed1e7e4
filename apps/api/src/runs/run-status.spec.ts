import { describe, expect, it } from 'vitest';
import { runStatusFromTemporal } from './run-status';

describe('runStatusFromTemporal', () => {
  it('maps every closed Temporal status to its run status', () => {
    expect(runStatusFromTemporal('COMPLETED')).toBe('completed');
    expect(runStatusFromTemporal('FAILED')).toBe('failed');
    expect(runStatusFromTemporal('CANCELLED')).toBe('cancelled');
    expect(runStatusFromTemporal('TERMINATED')).toBe('terminated');
    expect(runStatusFromTemporal('TIMED_OUT')).toBe('timed_out');
  });

  it('treats executions that are not over as running', () => {
    expect(runStatusFromTemporal('RUNNING')).toBe('running');
    expect(runStatusFromTemporal('PAUSED')).toBe('running');
    expect(runStatusFromTemporal('CONTINUED_AS_NEW')).toBe('running');
  });

  it('has no opinion when Temporal reports an unknown status', () => {
    expect(runStatusFromTemporal('UNKNOWN')).toBeUndefined();
    expect(runStatusFromTemporal('UNSPECIFIED')).toBeUndefined();
  });
});
