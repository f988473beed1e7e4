// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { secret } from '@tributary/connector-sdk';
import { z } from 'zod';

/**
 * How a connection to Swagger Petstore - OpenAPI 3.0 authenticates, one variant per security
 * scheme of the document. Every variant may point `baseUrl` elsewhere
 * (a test instance, a proxy).
 */

/** `servers[0]` of the document. */
export const DEFAULT_BASE_URL = 'https://petstore3.swagger.io/api/v3';

const baseUrl = z
  .url({ protocol: /^https?$/ })
  .default(DEFAULT_BASE_URL)
  .describe('The API root; default https://petstore3.swagger.io/api/v3');

export const NoAuth = z.object({ type: z.literal('none'), baseUrl }).meta({ title: 'No authentication' });

export const BearerAuth = z
  .object({
    type: z.literal('bearer'),
    baseUrl,
    token: secret(z.string().min(1)).describe(
      'An OAuth2 access token (petstore_auth) obtained from https://petstore3.swagger.io/oauth/authorize, sent as "Authorization: Bearer <token>"',
    ),
  })
  .meta({ title: 'Bearer token (petstore_auth)' });

export const ApiKeyAuth = z
  .object({
    type: z.literal('apiKey'),
    baseUrl,
    apiKey: secret(z.string().min(1)).describe('Sent as the api_key header'),
  })
  .meta({ title: 'API key (api_key)' });

export const PetstoreAuth = z.discriminatedUnion('type', [NoAuth, BearerAuth, ApiKeyAuth]);
export type PetstoreAuth = z.output<typeof PetstoreAuth>;
