import type { FieldMappingDefinition } from '@tributary/workflows/mappings/field-mapping';
import type { MapRule } from '@tributary/workflows/flow-definition';

export type RulesConversion = { ok: true; mapping: FieldMappingDefinition } | { ok: false; reason: string };

/**
 * Inline rules (`target ← template`) as a field mapping, which the mapping
 * editor edits with lookups, defaults and a target schema. An expression
 * becomes an `expression` rule: mapping expressions see the run's variables
 * (`$trigger`, `$steps`, …) exactly as templates do, so `=$trigger.body.id`
 * keeps its meaning. A literal becomes a `value`. A literal object holding
 * expressions has no field-mapping form, and is refused by name.
 */
export function rulesToFieldMapping(rules: readonly MapRule[]): RulesConversion {
  const converted: FieldMappingDefinition['rules'] = [];
  for (const rule of rules) {
    if (typeof rule.from === 'string' && rule.from.startsWith('=')) {
      converted.push({ target: rule.target, expression: rule.from.slice(1) });
    } else if (containsExpression(rule.from)) {
      return {
        ok: false,
        reason: `"${rule.target}" is an object with expressions inside; split it into one rule per field first.`,
      };
    } else {
      converted.push({ target: rule.target, value: (rule.from ?? null) as never });
    }
  }
  if (converted.length === 0) return { ok: false, reason: 'There are no rules to convert.' };
  return { ok: true, mapping: { rules: converted } };
}

function containsExpression(value: unknown): boolean {
  if (typeof value === 'string') return value.startsWith('=');
  if (Array.isArray(value)) return value.some(containsExpression);
  if (value !== null && typeof value === 'object') return Object.values(value).some(containsExpression);
  return false;
}
