import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { JsonSchemaObject } from './field-mapping';
import type { FieldError } from './mapping-result';
import { compileSchemaPrecheck } from './schema-precheck';

/**
 * Checks mapped output against the mapping's target schema (draft 2020-12).
 * @cfworker/json-schema interprets the schema instead of generating code, so
 * it runs in the workflow sandbox. Its full output lists every failing
 * keyword, wrappers included ("Property x does not match schema"); only the
 * errors that say what is actually wrong are kept, each at the JSON pointer of
 * the offending value. Valid output, the common case, is recognised by a
 * precompiled check first (see schema-precheck.ts).
 */
export type TargetSchemaCheck = (output: unknown) => FieldError[];

export function compileTargetSchema(schema: JsonSchemaObject): TargetSchemaCheck {
  const validator = new Validator(schema as Schema, '2020-12', false);
  const precheck = compileSchemaPrecheck(schema);
  return (output) => {
    if (precheck?.(output)) return [];
    try {
      const result = validator.validate(output);
      return result.valid ? [] : explain(result.errors);
    } catch (error) {
      // an unresolvable $ref surfaces only when validation reaches it
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      return [{ path: '', code: 'invalid_target_schema', message }];
    }
  };
}

/** Keywords whose own message ("did not match any") says more than their branches' errors. */
const SUMMARY_KEYWORDS = new Set(['anyOf', 'oneOf', 'not']);

/** Explaining is quadratic in the number of errors; a wildly wrong output needs no more than this. */
const MAX_EXPLAINED = 500;

function explain(all: OutputUnit[]): FieldError[] {
  const units = all.slice(0, MAX_EXPLAINED);
  const summaries = units.filter((unit) => SUMMARY_KEYWORDS.has(unit.keyword));
  const kept = units.filter(
    (unit) => !summaries.some((summary) => unit.keywordLocation.startsWith(`${summary.keywordLocation}/`)),
  );
  const leaves = kept.filter(
    (unit) => !kept.some((other) => other.keywordLocation.startsWith(`${unit.keywordLocation}/`)),
  );
  const withErrors = new Set(leaves.map((unit) => unit.instanceLocation));
  return leaves
    .filter((unit) => !(unit.keyword === 'false' && hasParentIn(unit.instanceLocation, withErrors)))
    .map(toFieldError);
}

function toFieldError(unit: OutputUnit): FieldError {
  // cfworker writes locations as URI fragments ("#/Job%20No"); errors carry plain JSON pointers
  const pointer = decodeURIComponent(unit.instanceLocation.replace(/^#/, ''));
  // "required" and "additionalProperties" name a property; point at it, not at its object
  const property = NAMES_PROPERTY.has(unit.keyword) ? /property "(.*)"/i.exec(unit.error)?.[1] : undefined;
  if (property !== undefined) {
    const message = unit.keyword === 'required' ? 'is required' : 'is not allowed';
    return {
      path: `${pointer}/${escapePointer(property)}`,
      code: 'schema_violation',
      message: `${message} by the target schema`,
    };
  }
  const message = unit.keyword === 'false' ? 'is not allowed by the target schema' : unit.error.replace(/\.$/, '');
  return { path: pointer, code: 'schema_violation', message: `${message} (${unit.keyword})` };
}

const NAMES_PROPERTY = new Set(['required', 'additionalProperties', 'unevaluatedProperties']);

function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

function hasParentIn(location: string, locations: Set<string>): boolean {
  return locations.has(location.slice(0, location.lastIndexOf('/')));
}
