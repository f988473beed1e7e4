import { describe, expect, it } from 'vitest';
import { toOpenApiPath } from './route-table';

describe('toOpenApiPath', () => {
  it('turns Express parameters and wildcards into OpenAPI templates', () => {
    expect(toOpenApiPath('/v1/flows/:idOrSlug/versions/:version')).toBe('/v1/flows/{idOrSlug}/versions/{version}');
    expect(toOpenApiPath('/hooks/*path')).toBe('/hooks/{path}');
  });

  it('drops doubled and trailing slashes from joined controller and method paths', () => {
    expect(toOpenApiPath('/v1/flows/')).toBe('/v1/flows');
    expect(toOpenApiPath('//health')).toBe('/health');
    expect(toOpenApiPath('/')).toBe('/');
  });
});
