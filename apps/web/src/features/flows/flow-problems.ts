import { ApiProblemError } from '../../api/api-errors';

/** The stable code of an API problem (the last segment of its `type`), or undefined for other errors. */
export function problemCode(error: unknown): string | undefined {
  if (!(error instanceof ApiProblemError)) return undefined;
  return error.problem.type?.split('/').pop();
}
