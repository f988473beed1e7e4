import { describeValue, TransformFailure, type TransformFailureCode } from './transform-function';

/**
 * What transforms accept as input. Numbers may arrive as text (ERP exports
 * often carry them so), text must be text: a transform never guesses how to
 * render a number or an object.
 */

/** Plain decimal notation only: no hex, no "Infinity", no thousands separators. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A finite number, or text holding one in plain decimal notation; anything else throws with `code`. */
export function requireNumber(value: unknown, code: TransformFailureCode): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const text = value.trim();
    if (DECIMAL.test(text)) {
      const parsed = Number(text);
      if (Number.isFinite(parsed)) return parsed;
    }
    if (/^[+-]?\d+,\d+$/.test(text)) {
      throw new TransformFailure(code, `${describeValue(value)} is not a number (the decimal separator must be ".")`);
    }
  }
  throw new TransformFailure(code, `${describeValue(value)} is not a number`);
}

/** Text, or a `not_a_string` failure that says how to get text. */
export function requireText(value: unknown, what: string): string {
  if (typeof value === 'string') return value;
  throw new TransformFailure(
    'not_a_string',
    `${what} needs text, got ${describeValue(value)} (add {"kind":"coerce","to":"string"} first)`,
  );
}
