import { describe, expect, it } from 'vitest';
import { fillPath } from './api-client';

describe('fillPath', () => {
  it('puts each path parameter in its place, URL-encoded', () => {
    expect(fillPath('/v1/runs/{id}', { id: 'run_1' })).toBe('/v1/runs/run_1');
    expect(fillPath('/v1/flows/{idOrSlug}/runs', { idOrSlug: 'a b/c' })).toBe('/v1/flows/a%20b%2Fc/runs');
  });

  it('refuses to build a URL with a parameter missing', () => {
    expect(() => fillPath('/v1/runs/{id}', {})).toThrow('missing path parameter "id"');
  });
});
