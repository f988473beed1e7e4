import type { z } from 'zod';

/** One invalid field of a request, e.g. `{ path: 'dueDate', message: 'expected dd.MM.yyyy' }`. */
export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * An error a simulator answers with on purpose. Both simulators render it as
 * `{ error: code, message, fields? }` so clients see one error shape per product.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldProblem[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

/** Parses `value` or throws an HttpProblem listing every invalid field by path. */
export function parseOrProblem<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  problem: { status: number; message: string },
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new HttpProblem(problem.status, 'validation_failed', problem.message, fieldProblemsOf(result.error));
}

export function fieldProblemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    // An unknown key is reported on its parent; point at the key itself so the
    // client sees which field it misspelled.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'unknown field' }));
    }
    return [{ path: formatPath(issue.path) || '(body)', message: issue.message }];
  });
}

/** `['lines', 1, 'qty']` → `lines[1].qty`, the same notation Tributary uses for flow issues. */
function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}
