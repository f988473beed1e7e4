import { secret } from '@tributary/connector-sdk';
import { z } from 'zod';

/**
 * How a connection to Acme CMMS authenticates: an `X-API-Key`, or an OAuth2
 * client (client-credentials grant) whose bearer token the connector fetches,
 * caches and renews.
 */

const baseUrl = z
  .url({ protocol: /^https?$/ })
  .describe('The CMMS root, e.g. https://cmms.example.com (the API lives under /api)');

export const CmmsApiKeyAuth = z
  .object({
    type: z.literal('apiKey'),
    baseUrl,
    apiKey: secret(z.string().min(1)).describe('Sent as X-API-Key'),
  })
  .meta({ title: 'API key' });

export const CmmsOAuth2Auth = z
  .object({
    type: z.literal('oauth2'),
    baseUrl,
    tokenUrl: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('Token endpoint; default <baseUrl>/oauth/token'),
    clientId: z.string().min(1),
    clientSecret: secret(z.string().min(1)),
    scope: z.string().min(1).optional().describe('Space-separated scopes to request'),
  })
  .meta({ title: 'OAuth2 client credentials' });

export const CmmsAuth = z.discriminatedUnion('type', [CmmsApiKeyAuth, CmmsOAuth2Auth]);
export type CmmsAuth = z.output<typeof CmmsAuth>;
