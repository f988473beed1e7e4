import { secret } from '@tributary/connector-sdk';
import { z } from 'zod';

/**
 * How a connection reaches a GraphQL endpoint: its URL plus one credential
 * scheme chosen by `type`. Every scheme carries the `endpoint`, since a GraphQL
 * API has exactly one URL.
 */

/** RFC 9110 token: what a header name may contain. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const endpoint = z.url({ protocol: /^https?$/ }).describe('The GraphQL endpoint, e.g. https://api.example.com/graphql');

export const NoAuth = z.object({ type: z.literal('none'), endpoint }).meta({ title: 'No authentication' });

export const BearerAuth = z
  .object({
    type: z.literal('bearer'),
    endpoint,
    token: secret(z.string().min(1)).describe('Sent as "Authorization: Bearer <token>"'),
  })
  .meta({ title: 'Bearer token' });

export const ApiKeyAuth = z
  .object({
    type: z.literal('apiKey'),
    endpoint,
    header: z.string().regex(HEADER_NAME, 'must be a valid HTTP header name').describe('e.g. X-API-Key'),
    value: secret(z.string().min(1)).describe('The API key'),
  })
  .meta({ title: 'API key in a header' });

export const GraphqlAuth = z.discriminatedUnion('type', [NoAuth, BearerAuth, ApiKeyAuth]);
export type GraphqlAuth = z.output<typeof GraphqlAuth>;

/** What a scheme adds to each request, plus what must never show up in errors and logs. */
export interface AppliedGraphqlAuth {
  headers: Record<string, string>;
  secrets: string[];
}

/**
 * Turns a connection into request headers.
 *
 * @example
 * applyGraphqlAuth({ type: 'bearer', endpoint: 'https://api.example.com/graphql', token: 't0k3n' }).headers;
 * // { authorization: 'Bearer t0k3n' }
 */
export function applyGraphqlAuth(auth: GraphqlAuth): AppliedGraphqlAuth {
  switch (auth.type) {
    case 'none':
      return { headers: {}, secrets: [] };
    case 'bearer':
      return { headers: { authorization: `Bearer ${auth.token}` }, secrets: [auth.token] };
    case 'apiKey':
      return { headers: { [auth.header.toLowerCase()]: auth.value }, secrets: [auth.value] };
  }
}
