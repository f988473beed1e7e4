import { describe, expect, it } from 'vitest';
import { connectionSchemes } from './connection-schemes';
import type { OpenApiDocument } from './load-openapi-document';

function withSchemes(securitySchemes: NonNullable<OpenApiDocument['components']>['securitySchemes']): OpenApiDocument {
  return { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {}, components: { securitySchemes } };
}

describe('connectionSchemes', () => {
  it('names each variant after its kind', () => {
    const { schemes } = connectionSchemes(
      withSchemes({
        key: { type: 'apiKey', in: 'query', name: 'api-key' },
        jwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        user: { type: 'http', scheme: 'Basic' },
      }),
    );
    expect(schemes.map((scheme) => [scheme.type, scheme.kind])).toEqual([
      ['apiKey', 'apiKey'],
      ['bearer', 'bearer'],
      ['basic', 'basic'],
    ]);
  });

  it('runs the client-credentials flow and asks for a pasted token for browser flows', () => {
    const { schemes } = connectionSchemes(
      withSchemes({
        machine: {
          type: 'oauth2',
          flows: { clientCredentials: { tokenUrl: 'https://auth.example.com/token', scopes: { read: 'r' } } },
        },
        people: {
          type: 'oauth2',
          flows: { implicit: { authorizationUrl: 'https://auth.example.com/authorize', scopes: {} } },
        },
      }),
    );
    expect(schemes[0]).toMatchObject({ kind: 'oauth2ClientCredentials', type: 'oauth2', scopes: ['read'] });
    expect(schemes[1]).toMatchObject({ kind: 'bearer', type: 'bearer' });
    expect(schemes[1]?.kind === 'bearer' && schemes[1].note).toContain('https://auth.example.com/authorize');
  });

  it('uses the scheme names when two schemes are of one kind, and skips what cannot be sent', () => {
    const { schemes, skipped } = connectionSchemes(
      withSchemes({
        partnerKey: { type: 'apiKey', in: 'header', name: 'X-Partner-Key' },
        appKey: { type: 'apiKey', in: 'query', name: 'app_key' },
        session: { type: 'apiKey', in: 'cookie', name: 'sid' },
        digest: { type: 'http', scheme: 'digest' },
      }),
    );
    expect(schemes.map((scheme) => scheme.type)).toEqual(['partnerKey', 'appKey']);
    expect(skipped.map((item) => item.schemeName)).toEqual(['session', 'digest']);
  });
});
