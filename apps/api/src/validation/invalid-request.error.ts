import { ApiProblem } from '../problem/api-problem';
import type { FieldError } from '../problem/problem-details';

/** A request body, query or path parameter failed its schema; `errors` lists every field. */
export class InvalidRequestError extends ApiProblem {
  constructor(readonly errors: FieldError[]) {
    super({
      status: 400,
      code: 'invalid_request',
      title: 'Invalid request',
      detail: describeFieldErrors(errors),
      extensions: { errors },
    });
  }
}

export function describeFieldErrors(errors: FieldError[]): string {
  const shown = errors.slice(0, 3).map((error) => (error.path ? `${error.path}: ${error.message}` : error.message));
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more)` : '';
  return `${shown.join('; ')}${more}`;
}
