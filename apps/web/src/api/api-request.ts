import { ApiContractError, ApiProblemError, ApiUnreachableError } from './api-errors';
import { interpretErrorResponse } from './problem';

export interface RequestOptions {
  method?: string;
  /** serialised as JSON */
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/**
 * Calls a same-origin API path and returns its parsed JSON body (undefined
 * for 204), unchecked: api-client.ts gives it the type the API's OpenAPI
 * document declares. The session cookie goes along; `X-Requested-With` is
 * what the API asks of cookie-authenticated writes (a cross-site form cannot
 * set it). Throws ApiProblemError, ApiUnreachableError or ApiContractError.
 */
export async function requestJson(path: string, options: RequestOptions | AbortSignal = {}): Promise<unknown> {
  const {
    method = 'GET',
    body,
    idempotencyKey,
    signal,
  } = options instanceof AbortSignal ? { signal: options } : options;
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    'x-requested-with': 'tributary-web',
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiUnreachableError(path);
  }
  const text = await response.text();
  if (!response.ok) {
    const meaning = interpretErrorResponse(response.status, response.headers.get('content-type'), text);
    if (meaning.kind === 'unreachable') throw new ApiUnreachableError(path);
    const error = new ApiProblemError(meaning.problem);
    if (response.status === 401) unauthenticatedListener?.(error);
    throw error;
  }
  if (response.status === 204 || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiContractError(path, ['the body is not JSON']);
  }
}

let unauthenticatedListener: ((error: ApiProblemError) => void) | undefined;

/** The sign-in gate listens here: any 401 means the session ended (or never began). */
export function onUnauthenticated(listener: ((error: ApiProblemError) => void) | undefined): void {
  unauthenticatedListener = listener;
}

/** Builds `path?query` leaving out empty values, so `?status=` is never sent. */
export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
