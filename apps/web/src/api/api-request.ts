import { ApiContractError, ApiProblemError, ApiUnreachableError } from './api-errors';
import { interpretErrorResponse } from './problem';

/**
 * GETs a same-origin API path and returns its parsed JSON body, unchecked:
 * api-client.ts gives it the type the API's OpenAPI document declares.
 * Throws ApiProblemError, ApiUnreachableError or ApiContractError (not JSON).
 */
export async function requestJson(path: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json, application/problem+json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiUnreachableError(path);
  }
  const body = await response.text();
  if (!response.ok) {
    const meaning = interpretErrorResponse(response.status, response.headers.get('content-type'), body);
    if (meaning.kind === 'unreachable') throw new ApiUnreachableError(path);
    throw new ApiProblemError(meaning.problem);
  }
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new ApiContractError(path, ['the body is not JSON']);
  }
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
