import { interpretErrorResponse } from './problem';

/** ready: API and its dependencies answer; not_ready: the API answers but a dependency (Postgres, Temporal) does not. */
export type Readiness = 'ready' | 'not_ready' | 'unreachable';

export async function checkReadiness(signal?: AbortSignal): Promise<Readiness> {
  let response: Response;
  try {
    response = await fetch('/ready', { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    return 'unreachable';
  }
  if (response.ok) return 'ready';
  const body = await response.text();
  return interpretErrorResponse(response.status, response.headers.get('content-type'), body).kind === 'unreachable'
    ? 'unreachable'
    : 'not_ready';
}
