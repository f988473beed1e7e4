import { describe, expect, it } from 'vitest';
import { applyRunFilters, clearedRunFilters, hasRunFilters, readRunFilters, runFiltersKey } from './run-filters';

describe('readRunFilters', () => {
  it('reads every filter from the query string', () => {
    const params = new URLSearchParams(
      'flow=orders-sync&version=3&status=failed&trigger=test&startedAfter=2026-01-31T12:00:00%2B01:00&startedBefore=2026-02-01T00:00:00Z',
    );
    expect(readRunFilters(params)).toEqual({
      flow: 'orders-sync',
      version: '3',
      status: 'failed',
      trigger: 'test',
      startedAfter: '2026-01-31T12:00:00+01:00',
      startedBefore: '2026-02-01T00:00:00Z',
    });
  });

  it('treats empty or blank values as no filter and ignores other parameters', () => {
    expect(readRunFilters(new URLSearchParams('flow=&status=%20&tab=x'))).toEqual({});
  });
});

describe('applyRunFilters', () => {
  it('sets a filter and keeps unrelated parameters', () => {
    const next = applyRunFilters(new URLSearchParams('flow=orders-sync&tab=x'), { status: 'running' });
    expect(next.toString()).toBe('flow=orders-sync&tab=x&status=running');
  });

  it('removes a filter that is cleared', () => {
    const next = applyRunFilters(new URLSearchParams('flow=orders-sync&status=failed'), { flow: '', status: '' });
    expect(next.toString()).toBe('');
  });

  it('clears every filter at once', () => {
    const params = new URLSearchParams('flow=a&version=2&trigger=test&startedAfter=x&startedBefore=y&tab=z');
    expect(applyRunFilters(params, clearedRunFilters()).toString()).toBe('tab=z');
  });

  it('does not change the params it was given', () => {
    const params = new URLSearchParams('status=failed');
    applyRunFilters(params, { status: 'completed' });
    expect(params.get('status')).toBe('failed');
  });
});

describe('hasRunFilters and runFiltersKey', () => {
  it('tells filtered views apart', () => {
    expect(hasRunFilters({})).toBe(false);
    expect(hasRunFilters({ version: '2' })).toBe(true);
    expect(runFiltersKey({ flow: 'a' })).not.toBe(runFiltersKey({ flow: 'b' }));
    expect(runFiltersKey({ flow: 'a' })).toBe(runFiltersKey({ flow: 'a' }));
  });
});
