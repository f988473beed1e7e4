import { describe, expect, it } from 'vitest';
import { describeSample, samplePathCompletions } from './sample-paths';
import type { SampleScope } from './sample-scope';

const sample: SampleScope = {
  trigger: { body: { job: { asset: 'PUMP-07', 'Job No.': 'MJ-1' }, lines: [{ sku: 'A', qty: 2 }] } },
  steps: { mapJob: { output: { title: 'Replace seal', priority: 1 } }, notRunYet: {} },
  vars: { site: 'HAM' },
};

function labels(text: string, context?: unknown): string[] | undefined {
  return samplePathCompletions(text, sample, context)?.options.map((option) => option.label);
}

describe('sample path completions', () => {
  it('offers the keys of the trigger payload after a dot', () => {
    const result = samplePathCompletions('=$trigger.body.job.', sample);
    expect(result?.from).toBe('=$trigger.body.job.'.length);
    expect(result?.options).toEqual([
      { label: 'asset', apply: 'asset', detail: '"PUMP-07"', kind: 'field' },
      { label: 'Job No.', apply: '`Job No.`', detail: '"MJ-1"', kind: 'field' },
    ]);
  });

  it('narrows by the part of the name already typed and replaces it', () => {
    const result = samplePathCompletions('$trigger.body.job.as', sample);
    expect(result?.from).toBe('$trigger.body.job.'.length);
    expect(result?.options.map((option) => option.label)).toEqual(['asset']);
  });

  it('offers step ids, then output (even before a step has a sample), then the output keys', () => {
    expect(labels('$steps.')).toEqual(['mapJob', 'notRunYet']);
    expect(labels('$steps.notRunYet.')).toEqual(['output']);
    expect(labels('$steps.mapJob.')).toEqual(['output']);
    expect(labels('$substring($steps.mapJob.output.')).toEqual(['title', 'priority']);
  });

  it('offers [0] for a list, replacing the dot, and the fields of its items', () => {
    const result = samplePathCompletions('$trigger.body.lines.', sample);
    expect(result?.from).toBe('$trigger.body.lines'.length);
    expect(result?.options.map((option) => option.apply)).toEqual(['[0]', '.sku', '.qty']);
    expect(labels('$trigger.body.lines[0].')).toEqual(['sku', 'qty']);
  });

  it('knows $vars and $run, but nothing about an unknown variable', () => {
    expect(labels('$vars.')).toEqual(['site']);
    expect(labels('$run.')).toEqual(['id', 'flow', 'version', 'startedAt']);
    expect(labels('$nope.')).toBeUndefined();
  });

  it('offers $item fields only inside a forEach body', () => {
    expect(labels('$item.')).toBeUndefined();
    expect(samplePathCompletions('$item.', { ...sample, item: { sku: 'A' }, index: 0 })?.options[0]?.label).toBe('sku');
  });

  it('reads bare names and $ as the context record when there is one (mapping expressions)', () => {
    const record = { job: { asset: 'P', site: 'S' } };
    expect(labels('job.', record)).toEqual(['asset', 'site']);
    expect(labels('$.job.s', record)).toEqual(['site']);
    expect(labels('jo', record)).toEqual(['job']);
    expect(labels('job.')).toBeUndefined();
  });

  it('does not complete inside a string or after a number', () => {
    expect(labels('"text.')).toBeUndefined();
    expect(labels('1.')).toBeUndefined();
  });
});

describe('a sample value preview', () => {
  it('is short', () => {
    expect(describeSample('x'.repeat(100))).toHaveLength(40);
    expect(describeSample([1, 2])).toBe('list of 2');
    expect(describeSample({ a: 1 })).toBe('object');
    expect(describeSample(undefined)).toBe('no sample');
    expect(describeSample(null)).toBe('null');
  });
});
