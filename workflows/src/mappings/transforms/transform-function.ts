/**
 * The contract every transform kind implements: compiled once from its
 * definition into a function from the current value (and the whole source
 * record, for kinds that read other fields) to the next value. A value that
 * cannot be transformed throws `TransformFailure`, which the mapping turns into
 * a per-field error; it never aborts the other fields.
 */
export type TransformFunction = (value: unknown, source: unknown) => unknown;

export type TransformFailureCode =
  'lookup_no_match' | 'coerce_failed' | 'invalid_date' | 'not_a_number' | 'not_a_string' | 'invalid_input';

/** Why one value could not be transformed; the message names the value. */
export class TransformFailure extends Error {
  constructor(
    readonly code: TransformFailureCode,
    message: string,
  ) {
    super(message);
  }
}

/** A value as a message shows it: JSON for scalars (shortened), a word for containers. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}
