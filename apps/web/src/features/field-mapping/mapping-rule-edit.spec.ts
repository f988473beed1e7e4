import type { MappingRule } from '@tributary/workflows/mappings/field-mapping';
import { describe, expect, it } from 'vitest';
import {
  addTarget,
  isMapped,
  removeRule,
  ruleInputText,
  ruleLookup,
  setRuleInput,
  setRuleLookup,
} from './mapping-rule-edit';

const lookup = { kind: 'lookup' as const, table: { High: 1 } };

describe('a row input and its rule', () => {
  it('shows a source path as typed, an expression with "=", a literal as a JSON expression', () => {
    expect(ruleInputText({ target: 'a', source: 'job.asset' })).toBe('job.asset');
    expect(ruleInputText({ target: 'a', expression: '$uppercase(asset)' })).toBe('=$uppercase(asset)');
    expect(ruleInputText({ target: 'a', value: 'fixed' })).toBe('="fixed"');
    expect(ruleInputText(undefined)).toBe('');
  });

  it('makes a source rule from a path and an expression rule from "=…"', () => {
    expect(setRuleInput([], 'assetTag', ' job.asset ')).toEqual([{ target: 'assetTag', source: 'job.asset' }]);
    expect(setRuleInput([], 'title', '=$trim(description)')).toEqual([
      { target: 'title', expression: '$trim(description)' },
    ]);
  });

  it('keeps transforms, default and required when what the rule reads changes', () => {
    const rules: MappingRule[] = [
      { target: 'priority', value: 3, transforms: [lookup], default: 2, required: true },
      { target: 'other', source: 'x' },
    ];
    expect(setRuleInput(rules, 'priority', 'prio')).toEqual([
      { target: 'priority', source: 'prio', transforms: [lookup], default: 2, required: true },
      { target: 'other', source: 'x' },
    ]);
  });

  it('removes a plain rule when its input is cleared, but keeps a rule with a lookup table as a placeholder', () => {
    expect(setRuleInput([{ target: 'a', source: 'x' }], 'a', '')).toEqual([]);
    expect(setRuleInput([], 'a', '  ')).toEqual([]);
    const withLookup: MappingRule[] = [{ target: 'a', source: 'x', transforms: [lookup] }];
    expect(setRuleInput(withLookup, 'a', '')).toEqual([{ target: 'a', source: '', transforms: [lookup] }]);
    expect(isMapped({ target: 'a', source: '' })).toBe(false);
    expect(isMapped({ target: 'a', value: 0 })).toBe(true);
  });
});

describe('rule list edits', () => {
  it('adds a placeholder for a new target once, and removes a rule', () => {
    const rules = addTarget([], 'extra.field');
    expect(rules).toEqual([{ target: 'extra.field', source: '' }]);
    expect(addTarget(rules, 'extra.field')).toBe(rules);
    expect(removeRule(rules, 'extra.field')).toEqual([]);
  });

  it('adds, replaces and removes the lookup table of a rule', () => {
    let rules: MappingRule[] = [{ target: 'p', source: 'prio', transforms: [{ kind: 'text', op: 'trim' }] }];
    rules = setRuleLookup(rules, 'p', lookup);
    expect(rules[0]?.transforms).toEqual([{ kind: 'text', op: 'trim' }, lookup]);
    rules = setRuleLookup(rules, 'p', { kind: 'lookup', table: { Low: 3 } });
    expect(ruleLookup(rules[0])).toEqual({ kind: 'lookup', table: { Low: 3 } });
    rules = setRuleLookup(rules, 'p', null);
    expect(rules).toEqual([{ target: 'p', source: 'prio', transforms: [{ kind: 'text', op: 'trim' }] }]);
    expect(setRuleLookup([{ target: 'q', source: 's', transforms: [lookup] }], 'q', null)).toEqual([
      { target: 'q', source: 's' },
    ]);
  });

  it('gives an unmapped row with a lookup table a placeholder rule', () => {
    expect(setRuleLookup([], 'p', lookup)).toEqual([{ target: 'p', source: '', transforms: [lookup] }]);
  });
});
