import { describe, expect, it } from 'vitest';
import { MappingDefinitionError, validateFieldMapping } from './field-mapping';

const issuesOf = (definition: unknown) => {
  const result = validateFieldMapping(definition);
  return result.ok ? [] : result.issues;
};

describe('validateFieldMapping', () => {
  it('accepts rules with a source, an expression or a value', () => {
    const result = validateFieldMapping({
      rules: [
        { target: 'a', source: 'x.y' },
        { target: 'b', expression: '$trigger.id & "-" & id' },
        { target: 'c', value: { fixed: [1, 2] } },
        { target: 'd', value: null },
      ],
    });
    expect(result.ok).toBe(true);
  });

  it('requires at least one rule', () => {
    expect(issuesOf({ rules: [] })).toEqual([{ path: 'rules', message: 'a mapping needs at least one rule' }]);
  });

  it('requires exactly one of source, expression and value', () => {
    expect(issuesOf({ rules: [{ target: 'a' }, { target: 'b', source: 'x', value: 1 }] })).toEqual([
      { path: 'rules[0]', message: 'a rule needs one of source, expression or value' },
      { path: 'rules[1]', message: 'a rule takes exactly one of source, expression or value, not source and value' },
    ]);
  });

  it('reports expression syntax errors at the expression, with a hint for a leading "="', () => {
    const issues = issuesOf({
      rules: [
        { target: 'a', expression: '=$trigger.id' },
        { target: 'b', expression: 'a +' },
      ],
    });
    expect(issues).toEqual([
      { path: 'rules[0].expression', message: expect.stringMatching(/^syntax error.*without the leading "="\)$/) },
      { path: 'rules[1].expression', message: expect.stringMatching(/^syntax error/) },
    ]);
  });

  it('reports bad paths with the reason', () => {
    expect(issuesOf({ rules: [{ target: 'a..b', source: 'lines[x]' }] })).toEqual([
      { path: 'rules[0].target', message: '"a..b" is not a valid path: unexpected "." at position 2' },
      { path: 'rules[0].source', message: '"lines[x]" is not a valid path: unexpected "[" at position 5' },
    ]);
  });

  it('rejects targets that would overwrite each other', () => {
    const issues = issuesOf({
      rules: [
        { target: 'asset', value: {} },
        { target: 'asset.tag', value: 'P-7' },
        { target: 'lines[0]', value: 1 },
        { target: 'lines.total', value: 2 },
        { target: 'title', value: 'a' },
        { target: 'title', value: 'b' },
      ],
    });
    expect(issues).toEqual([
      { path: 'rules[1].target', message: 'target "asset.tag" collides with "asset" of rules[0]' },
      { path: 'rules[3].target', message: 'target "lines.total" collides with "lines[0]" of rules[2]' },
      { path: 'rules[5].target', message: 'target "title" collides with "title" of rules[4]' },
    ]);
  });

  it('allows sibling targets in the same object and list', () => {
    expect(
      validateFieldMapping({
        rules: [
          { target: 'a.b', value: 1 },
          { target: 'a.c', value: 2 },
          { target: 'l[0].x', value: 3 },
          { target: 'l[1].x', value: 4 },
        ],
      }).ok,
    ).toBe(true);
  });

  it('rejects a default that would itself count as missing', () => {
    expect(issuesOf({ rules: [{ target: 'a', source: 'a', default: '' }] })).toEqual([
      { path: 'rules[0].default', message: 'a default of null or "" would itself be missing' },
    ]);
  });

  it('rejects unknown keys and unknown transform kinds', () => {
    const issues = issuesOf({
      rules: [{ target: 'a', source: 'a', transforms: [{ kind: 'uppercase' }], defualt: 1 }],
      version: 2,
    });
    expect(issues.map((issue) => issue.path)).toEqual(['rules[0].transforms[0].kind', 'rules[0]', '']);
  });

  it('reports every problem of an invalid definition in one error', () => {
    const error = new MappingDefinitionError([
      { path: 'rules[0].target', message: 'bad' },
      { path: '', message: 'worse' },
    ]);
    expect(error.code).toBe('invalid_definition');
    expect(error.message).toBe('invalid field mapping: rules[0].target: bad; (root): worse');
  });
});
