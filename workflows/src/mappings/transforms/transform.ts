import { z } from 'zod';
import { CoerceTransform } from './coerce.transform';
import { ConcatTransform } from './concat.transform';
import { DateTransform } from './date.transform';
import { LookupTransform } from './lookup.transform';
import { RoundTransform } from './round.transform';
import { SplitTransform } from './split.transform';
import { SubstringTransform } from './substring.transform';
import { TemplateTransform } from './template.transform';
import { TextTransform } from './text.transform';
import { UnitTransform } from './unit.transform';

/** One step of a rule's transform chain; `kind` says which (each kind lives in its own `*.transform.ts`). */
export const Transform = z.discriminatedUnion('kind', [
  LookupTransform,
  CoerceTransform,
  DateTransform,
  UnitTransform,
  TemplateTransform,
  ConcatTransform,
  SplitTransform,
  TextTransform,
  SubstringTransform,
  RoundTransform,
]);
export type Transform = z.infer<typeof Transform>;
export type TransformKind = Transform['kind'];
