import { describe, expect, it } from 'vitest';
import { withQuery } from './api-request';

describe('withQuery', () => {
  it('appends only the parameters that have a value', () => {
    expect(withQuery('/v1/runs', { flow: 'orders', status: '', limit: 50, cursor: undefined })).toBe(
      '/v1/runs?flow=orders&limit=50',
    );
  });

  it('leaves the path bare when nothing is set', () => {
    expect(withQuery('/v1/runs', { status: undefined })).toBe('/v1/runs');
  });

  it('encodes values', () => {
    expect(withQuery('/v1/runs', { flow: 'a b&c' })).toBe('/v1/runs?flow=a+b%26c');
  });
});
