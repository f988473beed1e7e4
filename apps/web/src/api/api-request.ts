import type { z } from 'zod';
import { ApiContractError, ApiProblemError, ApiUnreachableError } from './api-errors';
import { interpretErrorResponse } from './problem';

/**
 * GETs a same-origin API path and validates the body with `schema`.
 * Throws ApiProblemError, ApiUnreachableError or ApiContractError.
 */
export async function getJson<T extends z.ZodType>(path: string, schema: T, signal?: AbortSignal): Promise<z.infer<T>> {
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
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ApiContractError(path, ['the body is not JSON']);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiContractError(
      path,
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return parsed.data;
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
