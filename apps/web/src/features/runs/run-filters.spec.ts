import { describe, expect, it } from 'vitest';
import { applyRunFilters, readRunFilters } from './run-filters';

describe('readRunFilters', () => {
  it('reads the flow and status from the query string', () => {
    expect(readRunFilters(new URLSearchParams('flow=orders-sync&status=failed'))).toEqual({
      flow: 'orders-sync',
      status: 'failed',
    });
  });

  it('treats empty or blank values as no filter', () => {
    expect(readRunFilters(new URLSearchParams('flow=&status=%20'))).toEqual({});
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

  it('does not change the params it was given', () => {
    const params = new URLSearchParams('status=failed');
    applyRunFilters(params, { status: 'completed' });
    expect(params.get('status')).toBe('failed');
  });
});
