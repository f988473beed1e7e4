// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import {
  createHttpClient,
  type ActionContext,
  type HttpClientOptions,
  type HttpMethod,
} from '@tributary/connector-sdk';
import type { z } from 'zod';
import type { PetstoreAuth } from './auth';

/** One operation call, as the actions describe it. */
export interface ApiRequest<TSchema extends z.ZodType> {
  method: HttpMethod;
  /** the path template from the document, e.g. `/pet/{petId}` */
  path: string;
  pathParams?: Record<string, unknown>;
  query?: Record<string, unknown>;
  /** query arrays sent as one comma-separated value (`explode: false`) instead of a repeated parameter */
  commaSeparated?: readonly string[];
  headers?: Record<string, unknown>;
  json?: unknown;
  /** checks the success body; a mismatch is a non-retryable UNEXPECTED_RESPONSE */
  responseSchema: TSchema;
}

type Context = Pick<ActionContext<PetstoreAuth>, 'auth' | 'logger' | 'signal'>;

/**
 * Calls Swagger Petstore - OpenAPI 3.0 with the connection's credentials and returns the parsed body.
 * 4xx answers throw a non-retryable `HttpError`; 429, 5xx, timeouts and network
 * failures are retried a few times and then thrown as retryable errors.
 */
export async function callPetstore<TSchema extends z.ZodType>(
  ctx: Context,
  request: ApiRequest<TSchema>,
): Promise<z.output<TSchema>> {
  const http = createHttpClient({
    baseUrl: ctx.auth.baseUrl,
    logger: ctx.logger,
    signal: ctx.signal,
    ...(await credentials(ctx)),
  });
  const { body } = await http.request({
    method: request.method,
    url: requestUrl(request),
    headers: headerValues(request.headers),
    json: request.json,
    responseSchema: request.responseSchema,
  });
  return body;
}

/** What the connection adds to every request, and the values to keep out of errors and logs. */
async function credentials(
  ctx: Context,
): Promise<Pick<HttpClientOptions, 'headers' | 'query' | 'secrets' | 'secretQueryParams'>> {
  const auth = ctx.auth;
  switch (auth.type) {
    case 'none':
      return {};
    case 'bearer':
      return { headers: { authorization: `Bearer ${auth.token}` }, secrets: [auth.token] };
    case 'apiKey':
      return { headers: { api_key: auth.apiKey }, secrets: [auth.apiKey] };
  }
}

function requestUrl(request: ApiRequest<z.ZodType>): string {
  const path = request.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(request.pathParams?.[name])),
  );
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && request.commaSeparated?.includes(name)) query.append(name, value.map(text).join(','));
    else if (Array.isArray(value)) for (const item of value) query.append(name, text(item));
    else query.append(name, text(value));
  }
  const search = query.toString();
  return search === '' ? path : `${path}?${search}`;
}

function headerValues(headers: Record<string, unknown> = {}): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && value !== null) values[name] = text(value);
  return values;
}

/** Objects in a query or header are sent as JSON: OpenAPI's deepObject style has no one reading. */
function text(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
