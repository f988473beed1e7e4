import { requestJson, withQuery } from './api-request';
import type { components, paths } from './generated/tributary-api';

/**
 * Typed calls over the generated OpenAPI types (generated/tributary-api.d.ts,
 * `npm run api:client`): the path must be one the API documents for the
 * method, its path and query parameters and its JSON body are checked against
 * the operation, and the result has the operation's success JSON type.
 * Nothing here is written by hand twice.
 *
 * @example apiGet('/v1/runs/{id}', { path: { id } }) // Promise<ApiSchema<'Run'>>
 * @example apiSend('post', '/v1/flows/{idOrSlug}/publish', { path: { idOrSlug }, body: { message } })
 */
export function apiGet<P extends PathWith<'get'>>(
  path: P,
  options: CallOptions<'get', P> = {} as CallOptions<'get', P>,
): Promise<SuccessBody<'get', P>> {
  return apiSend('get', path, options);
}

export function apiSend<M extends HttpMethod, P extends PathWith<M>>(
  method: M,
  path: P,
  options: CallOptions<M, P> = {} as CallOptions<M, P>,
): Promise<SuccessBody<M, P>> {
  const { path: pathValues, query, body, idempotencyKey, signal } = options as GenericOptions;
  const url = withQuery(fillPath(path, pathValues ?? {}), query ?? {});
  // The one trust boundary: the body is what the API documents for this operation's success.
  return requestJson(url, {
    method: method.toUpperCase(),
    ...(body === undefined ? {} : { body }),
    ...(idempotencyKey ? { idempotencyKey } : {}),
    ...(signal ? { signal } : {}),
  }) as Promise<SuccessBody<M, P>>;
}

/** A named schema of the API document, e.g. `ApiSchema<'RunSummary'>`. */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Paths with a documented operation for `method`. */
export type PathWith<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends Record<M, infer Operation> ? (Operation extends object ? P : never) : never;
}[keyof paths];

/** Kept for readers of GET-only code. */
export type GetPath = PathWith<'get'>;

type Operation<M extends HttpMethod, P extends PathWith<M>> = paths[P][M];

type SuccessStatus = 200 | 201 | 202;
type JsonOf<R> = R extends { content: { 'application/json': infer Body } } ? Body : undefined;

/** The JSON body of the operation's 2xx answer (undefined for 204). */
export type SuccessBody<M extends HttpMethod, P extends PathWith<M>> =
  Operation<M, P> extends { responses: infer Responses }
    ? {
        [S in SuccessStatus]: S extends keyof Responses ? JsonOf<Responses[S]> : never;
      }[SuccessStatus]
    : never;

export type GetResponse<P extends PathWith<'get'>> = SuccessBody<'get', P>;

type ParametersOf<M extends HttpMethod, P extends PathWith<M>> =
  Operation<M, P> extends { parameters: infer Parameters } ? Parameters : never;

type RequestBodyOf<M extends HttpMethod, P extends PathWith<M>> =
  Operation<M, P> extends { requestBody?: { content: { 'application/json': infer Body } } } ? Body : never;

type Defined<T> = Exclude<T, undefined>;

export interface CallOptions<M extends HttpMethod, P extends PathWith<M>> {
  path?: Defined<ParametersOf<M, P> extends { path?: infer Path } ? Path : never>;
  query?: Defined<ParametersOf<M, P> extends { query?: infer Query } ? Query : never>;
  body?: RequestBodyOf<M, P>;
  /** sent as `Idempotency-Key`, so a retried create or start does not act twice */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export type GetOptions<P extends PathWith<'get'>> = CallOptions<'get', P>;

interface GenericOptions {
  path?: Record<string, string | number>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** `/v1/runs/{id}` + `{ id: 'run_1' }` → `/v1/runs/run_1`, each value URL-encoded. */
export function fillPath(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(String(value));
  });
}
