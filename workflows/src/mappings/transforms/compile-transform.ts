import { compileCoerce } from './coerce.transform';
import { compileConcat } from './concat.transform';
import { compileDate } from './date.transform';
import { compileLookup } from './lookup.transform';
import { compileRound } from './round.transform';
import { compileSplit } from './split.transform';
import { compileSubstring } from './substring.transform';
import { compileTemplate } from './template.transform';
import { compileText } from './text.transform';
import type { Transform, TransformKind } from './transform';
import type { TransformFunction } from './transform-function';
import { compileUnit } from './unit.transform';

export interface CompiledTransform {
  readonly kind: TransformKind;
  readonly apply: TransformFunction;
  /** whether it runs on a missing value (absent, null or ""); every kind but concat passes those through */
  readonly runsOnMissing: boolean;
}

type TransformCompilers = {
  [K in TransformKind]: (transform: Extract<Transform, { kind: K }>) => TransformFunction;
};

/** The one table kind → implementation: exhaustive, so a new kind does not compile until it is handled. */
const compilers: TransformCompilers = {
  lookup: compileLookup,
  coerce: compileCoerce,
  date: compileDate,
  unit: compileUnit,
  template: compileTemplate,
  concat: compileConcat,
  split: compileSplit,
  text: compileText,
  substring: compileSubstring,
  round: compileRound,
};

/** Compiles a transform validated by the `Transform` schema into its function. */
export function compileTransform(transform: Transform): CompiledTransform {
  const compile = compilers[transform.kind] as (transform: Transform) => TransformFunction;
  return { kind: transform.kind, apply: compile(transform), runsOnMissing: transform.kind === 'concat' };
}
