import { requestJson, withQuery } from './api-request';
import type { components, paths } from './generated/tributary-api';

/**
 * A typed GET over the generated OpenAPI types (generated/tributary-api.d.ts,
 * `npm run api:client`): the path must be one the API documents, its path
 * and query parameters are checked against the operation, and the result has
 * the operation's 200 JSON type. Nothing here is written by hand twice.
 *
 * @example apiGet('/v1/runs/{id}', { path: { id } }) // Promise<ApiSchema<'Run'>>
 */
export function apiGet<P extends GetPath>(path: P, options: GetOptions<P> = {}): Promise<GetResponse<P>> {
  const url = withQuery(fillPath(path, options.path ?? {}), options.query ?? {});
  // The one trust boundary: the body is what the API documents for this operation's 200.
  return requestJson(url, options.signal) as Promise<GetResponse<P>>;
}

/** A named schema of the API document, e.g. `ApiSchema<'RunSummary'>`. */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** Paths with a documented GET that answers 200 with JSON. */
export type GetPath = {
  [P in keyof paths]: paths[P] extends { get: { responses: { 200: { content: { 'application/json': unknown } } } } }
    ? P
    : never;
}[keyof paths];

type GetOperation<P extends GetPath> = paths[P]['get'];

export type GetResponse<P extends GetPath> = GetOperation<P>['responses'][200]['content']['application/json'];

type ParametersOf<P extends GetPath> = GetOperation<P> extends { parameters: infer Parameters } ? Parameters : never;

type Defined<T> = Exclude<T, undefined>;

export interface GetOptions<P extends GetPath> {
  path?: Defined<ParametersOf<P> extends { path?: infer Path } ? Path : never>;
  query?: Defined<ParametersOf<P> extends { query?: infer Query } ? Query : never>;
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
