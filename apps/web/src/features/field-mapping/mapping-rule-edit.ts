import type { MappingRule } from '@tributary/workflows/mappings/field-mapping';
import type { LookupTransform } from '@tributary/workflows/mappings/transforms/lookup.transform';

/**
 * Edits of a mapping's rules as the editor makes them, one target at a time.
 * A row's "Map" input holds a source path (`job.asset`) or, starting with
 * "=", a JSONata expression; transforms, default and required survive a
 * change of what the rule reads. A rule whose source is still empty is a
 * placeholder (a lookup table or an added field waiting for its source).
 */

/** The text of a row's "Map" input for its rule. */
export function ruleInputText(rule: MappingRule | undefined): string {
  if (!rule) return '';
  if (rule.expression !== undefined) return `=${rule.expression}`;
  if (rule.source !== undefined) return rule.source;
  if (rule.value !== undefined) return `=${JSON.stringify(rule.value)}`;
  return '';
}

/** Whether a rule reads anything yet (a placeholder does not). */
export function isMapped(rule: MappingRule | undefined): boolean {
  if (!rule) return false;
  return rule.expression !== undefined || rule.value !== undefined || (rule.source ?? '') !== '';
}

/** Sets what the target's rule reads from the input text, creating the rule when needed. */
export function setRuleInput(rules: MappingRule[], target: string, text: string): MappingRule[] {
  const reads: Pick<MappingRule, 'source' | 'expression'> = text.startsWith('=')
    ? { expression: text.slice(1) }
    : { source: text.trim() };
  const existing = rules.find((rule) => rule.target === target);
  if (!existing) {
    if (text.trim() === '') return rules;
    return [...rules, { target, ...reads }];
  }
  if (text.trim() === '' && !existing.transforms?.length && existing.default === undefined) {
    return removeRule(rules, target);
  }
  return replaceRule(rules, target, (rule) => {
    const { source: _source, expression: _expression, value: _value, ...rest } = rule;
    return { ...rest, ...reads, target };
  });
}

/** Removes the target's rule with its transforms. */
export function removeRule(rules: MappingRule[], target: string): MappingRule[] {
  return rules.filter((rule) => rule.target !== target);
}

/** Adds a rule for a target that is not mapped yet (a field the target schema does not list). */
export function addTarget(rules: MappingRule[], target: string): MappingRule[] {
  if (rules.some((rule) => rule.target === target)) return rules;
  return [...rules, { target, source: '' }];
}

/** The rule's lookup table, if it has one (the editor edits the first). */
export function ruleLookup(rule: MappingRule | undefined): LookupTransform | undefined {
  return rule?.transforms?.find((transform): transform is LookupTransform => transform.kind === 'lookup');
}

/** Sets (or with `null` removes) the target's lookup table, creating a placeholder rule when the row is unmapped. */
export function setRuleLookup(rules: MappingRule[], target: string, lookup: LookupTransform | null): MappingRule[] {
  const withRule = rules.some((rule) => rule.target === target) ? rules : addTarget(rules, target);
  return replaceRule(withRule, target, (rule) => {
    const transforms = [...(rule.transforms ?? [])];
    const at = transforms.findIndex((transform) => transform.kind === 'lookup');
    if (lookup === null) {
      if (at >= 0) transforms.splice(at, 1);
    } else if (at >= 0) {
      transforms[at] = lookup;
    } else {
      transforms.push(lookup);
    }
    const { transforms: _transforms, ...rest } = rule;
    return transforms.length > 0 ? { ...rest, transforms } : rest;
  });
}

function replaceRule(rules: MappingRule[], target: string, edit: (rule: MappingRule) => MappingRule): MappingRule[] {
  return rules.map((rule) => (rule.target === target ? edit(rule) : rule));
}
