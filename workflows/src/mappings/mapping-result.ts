import type { ExpressionFailureCode } from '../expressions/bounded-expression';
import type { TransformFailureCode } from './transforms/transform-function';

/** What applying a mapping to one record gives: the output, and what went wrong per field. */
export interface MappingResult {
  output: Record<string, unknown>;
  /** one entry per rule, in rule order */
  fields: FieldResult[];
  /** every field error, then every target schema error */
  errors: FieldError[];
  /** no errors at all */
  ok: boolean;
}

export interface FieldResult {
  target: string;
  /** absent when the rule produced nothing (or failed) */
  value?: unknown;
  error?: { code: FieldErrorCode; message: string };
}

export interface FieldError {
  /** the rule's target path; a JSON pointer ("/workOrder/priority") for target schema errors; a definition path for definition errors */
  path: string;
  code: FieldErrorCode;
  message: string;
}

export type FieldErrorCode =
  | TransformFailureCode
  | ExpressionFailureCode
  /** a required field is missing after its default */
  | 'required'
  /** the output does not satisfy the target schema */
  | 'schema_violation'
  /** the target schema itself is broken (an unresolvable $ref) */
  | 'invalid_target_schema'
  /** the definition does not validate (preview only; compiling throws instead) */
  | 'invalid_definition'
  /** a bug: something threw that should not have (preview only) */
  | 'internal_error';
