import { MutualTlsFields, OAuth2AuthorizationCodeFields, secret } from '@tributary/connector-sdk';
import { z } from 'zod';

/**
 * How a connection to an arbitrary HTTP API authenticates. One scheme per
 * connection, chosen by `type`; every scheme may also carry a `baseUrl` that
 * relative request URLs are appended to.
 */

/** RFC 9110 token: what a header name may contain. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const baseUrl = z
  .url({ protocol: /^https?$/ })
  .optional()
  .describe('Relative request URLs are appended to it, e.g. https://api.example.com/v1');

export const NoAuth = z.object({ type: z.literal('none'), baseUrl }).meta({ title: 'No authentication' });

export const ApiKeyAuth = z
  .object({
    type: z.literal('apiKey'),
    in: z.enum(['header', 'query']).describe('Send the key as a request header or as a query parameter'),
    name: z.string().min(1).describe('Header or query parameter name, e.g. X-API-Key or api_key'),
    value: secret(z.string().min(1)).describe('The API key'),
    baseUrl,
  })
  .refine((auth) => auth.in === 'query' || HEADER_NAME.test(auth.name), {
    path: ['name'],
    message: 'must be a valid HTTP header name',
  })
  .meta({ title: 'API key' });

export const BearerAuth = z
  .object({
    type: z.literal('bearer'),
    token: secret(z.string().min(1)).describe('Sent as "Authorization: Bearer <token>"'),
    baseUrl,
  })
  .meta({ title: 'Bearer token' });

export const BasicAuth = z
  .object({
    type: z.literal('basic'),
    username: z.string().min(1),
    // Some APIs put the key in the username and leave the password empty.
    password: secret(z.string()),
    baseUrl,
  })
  .meta({ title: 'Basic authentication' });

const SecretHeaders = z
  .record(
    z.string().regex(HEADER_NAME, 'must be a valid HTTP header name'),
    secret(z.string().regex(/^[^\r\n]*$/, 'must not contain line breaks')),
  )
  .describe('Header name → value; every value is secret and redacted from errors and logs');

export const HeadersAuth = z
  .object({
    type: z.literal('headers'),
    headers: SecretHeaders.refine((headers) => Object.keys(headers).length > 0, 'needs at least one header'),
    baseUrl,
  })
  .meta({ title: 'Custom headers', description: 'Any headers the API wants, e.g. X-Tenant and X-Signature' });

export const MutualTlsAuth = z
  .object({
    type: z.literal('mutualTls'),
    ...MutualTlsFields.shape,
    headers: SecretHeaders.optional().describe(
      'Headers sent as well, for APIs that want a key besides the certificate',
    ),
    baseUrl,
  })
  .meta({ title: 'Client certificate (mutual TLS)' });

export const OAuth2ClientCredentialsAuth = z
  .object({
    type: z.literal('oauth2ClientCredentials'),
    tokenUrl: z.url({ protocol: /^https?$/ }).describe('Token endpoint of the authorization server'),
    clientId: z.string().min(1),
    clientSecret: secret(z.string().min(1)),
    scope: z.string().optional().describe('Space-separated scopes'),
    audience: z.string().optional().describe('Sent as "audience" (Auth0, Okta)'),
    clientAuthentication: z
      .enum(['client_secret_basic', 'client_secret_post'])
      .optional()
      .describe('How the client authenticates at the token endpoint; default HTTP Basic'),
    baseUrl,
  })
  .meta({ title: 'OAuth2 client credentials' });

export const OAuth2AuthorizationCodeAuth = z
  .object({ type: z.literal('oauth2AuthorizationCode'), ...OAuth2AuthorizationCodeFields.shape, baseUrl })
  .meta({
    title: 'OAuth2 (authorization code)',
    description: 'A user authorized the connection; its access token is refreshed and stored back when it expires',
  });

/** A step without a connection runs with `{ type: 'none' }`. */
export const HttpAuth = z
  .discriminatedUnion('type', [
    NoAuth,
    ApiKeyAuth,
    BearerAuth,
    BasicAuth,
    HeadersAuth,
    MutualTlsAuth,
    OAuth2ClientCredentialsAuth,
    OAuth2AuthorizationCodeAuth,
  ])
  .default({ type: 'none' });
export type HttpAuth = z.output<typeof HttpAuth>;

/** What a scheme adds to each request, plus what must never show up in errors and logs. */
export interface AppliedHttpAuth {
  headers: Record<string, string>;
  query: Record<string, string>;
  /** raw and derived secret values (a Basic header is base64 of the password) */
  secrets: string[];
  /** query parameters whose values are secret */
  secretQueryParams: string[];
}

/**
 * Turns a connection into the request headers / query parameters it always
 * sends. Client certificates and OAuth2 tokens are applied by the HTTP client
 * (see `client.ts`), since they need a connection pool or change over time.
 *
 * @example
 * applyHttpAuth({ type: 'bearer', token: 't0k3n' }).headers; // { authorization: 'Bearer t0k3n' }
 */
export function applyHttpAuth(auth: HttpAuth): AppliedHttpAuth {
  const none: AppliedHttpAuth = { headers: {}, query: {}, secrets: [], secretQueryParams: [] };
  switch (auth.type) {
    case 'none':
      return none;
    case 'apiKey':
      return auth.in === 'header'
        ? { ...none, headers: { [auth.name.toLowerCase()]: auth.value }, secrets: [auth.value] }
        : { ...none, query: { [auth.name]: auth.value }, secrets: [auth.value], secretQueryParams: [auth.name] };
    case 'bearer':
      return { ...none, headers: { authorization: `Bearer ${auth.token}` }, secrets: [auth.token] };
    case 'basic': {
      const encoded = Buffer.from(`${auth.username}:${auth.password}`).toString('base64');
      return { ...none, headers: { authorization: `Basic ${encoded}` }, secrets: [auth.password, encoded] };
    }
    case 'headers':
    case 'mutualTls': {
      const headers = Object.entries(auth.headers ?? {});
      return {
        ...none,
        headers: Object.fromEntries(headers.map(([name, value]) => [name.toLowerCase(), value])),
        secrets: headers.map(([, value]) => value),
      };
    }
    case 'oauth2ClientCredentials':
    case 'oauth2AuthorizationCode':
      return none;
  }
}
