import { describe, expect, it } from 'vitest';
import { expressionCompletions } from './expression-completions';
import type { SampleScope } from './sample-scope';

const sample: SampleScope = { trigger: { body: { asset: 'P' } }, steps: { mapJob: { output: { title: 'T' } } } };

describe('expression completions', () => {
  it('offers the scope variables first, then built-in functions with their signature, on "$"', () => {
    const result = expressionCompletions('$', { sample });
    expect(result?.from).toBe(0);
    const labels = result!.options.map((option) => option.label);
    expect(labels.slice(0, 4)).toEqual(['$trigger', '$steps', '$vars', '$run']);
    expect(labels).not.toContain('$item');
    const substring = result!.options.find((option) => option.label === '$substring');
    expect(substring).toMatchObject({
      type: 'function',
      detail: '$substring(text, start, length?)',
      apply: '$substring(',
    });
    for (const name of ['$lookup', '$toMillis', '$fromMillis', '$now', '$string', '$number', '$uppercase']) {
      expect(labels).toContain(name);
    }
  });

  it('offers $item and $index inside a forEach body', () => {
    const labels = expressionCompletions('$i', { sample: { ...sample, item: {}, index: 0 } })!.options.map(
      (o) => o.label,
    );
    expect(labels).toEqual(expect.arrayContaining(['$item', '$index']));
  });

  it('completes a variable in the middle of an expression', () => {
    expect(expressionCompletions('$trigger.body.asset & $st', { sample })?.from).toBe(22);
  });

  it('offers sample keys after a path', () => {
    const result = expressionCompletions('$steps.mapJob.output.', { sample });
    expect(result?.options).toEqual([{ label: 'title', apply: 'title', detail: '"T"', type: 'property' }]);
  });

  it('offers nothing where no sample data is known', () => {
    expect(expressionCompletions('$trigger.body.asset.', { sample })).toBeNull();
    expect(expressionCompletions('"abc', { sample })).toBeNull();
  });
});
