import { secret } from '@tributary/connector-sdk';
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

/** A step without a connection runs with `{ type: 'none' }`. */
export const HttpAuth = z
  .discriminatedUnion('type', [NoAuth, ApiKeyAuth, BearerAuth, BasicAuth])
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
 * Turns a connection into request headers / query parameters.
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
  }
}
