import { describe, expect, it } from 'vitest';
import { evaluateSampleExpression, formatSampleValue, MAX_PREVIEW_LENGTH } from './expression-evaluation';
import { expressionSyntaxProblem } from './expression-syntax';
import type { SampleScope } from './sample-scope';

const sample: SampleScope = {
  trigger: { body: { job: { asset: ' pump-07 ', priority: 'High' } } },
  steps: { mapJob: { output: { title: 'Replace seal' } } },
  vars: { site: 'HAM' },
};

describe('evaluating an expression against sample data', () => {
  it('sees $trigger, $steps, $vars and $run as a run does', () => {
    const startedAt = new Date('2026-01-02T03:04:05.000Z');
    expect(evaluateSampleExpression('$uppercase($trim($trigger.body.job.asset))', sample)).toMatchObject({
      kind: 'value',
      value: 'PUMP-07',
      text: '"PUMP-07"',
    });
    expect(evaluateSampleExpression('$steps.mapJob.output.title & " @ " & $vars.site', sample)).toMatchObject({
      value: 'Replace seal @ HAM',
    });
    expect(evaluateSampleExpression('$run.startedAt', sample, { startedAt })).toMatchObject({
      value: '2026-01-02T03:04:05.000Z',
    });
    expect(evaluateSampleExpression('$run.version', sample)).toMatchObject({ value: null });
  });

  it('reads $ as the context record when given (mapping expressions)', () => {
    expect(
      evaluateSampleExpression('asset & "/" & $trigger.body.job.priority', sample, { context: { asset: 'A' } }),
    ).toMatchObject({ value: 'A/High' });
  });

  it('says when nothing is found', () => {
    expect(evaluateSampleExpression('$trigger.nothing', sample)).toMatchObject({
      kind: 'value',
      value: undefined,
      text: 'nothing (no value in the sample data)',
    });
  });

  it('reports evaluation failures and syntax errors apart', () => {
    expect(evaluateSampleExpression('$number("abc")', sample)).toMatchObject({ kind: 'failed' });
    const outcome = evaluateSampleExpression('$trigger.body.(', sample);
    expect(outcome.kind).toBe('syntax');
  });

  it('stops a runaway expression with the engine limits', () => {
    const outcome = evaluateSampleExpression('($f := function($n) { $f($n + 1) }; $f(0))', sample);
    expect(outcome).toMatchObject({ kind: 'failed' });
  });
});

describe('the syntax check', () => {
  it('accepts valid JSONata', () => {
    expect(expressionSyntaxProblem('$substring($trigger.body.title, 0, 10)')).toBeNull();
  });

  it('explains an error with its position and a range to underline', () => {
    const problem = expressionSyntaxProblem('$trigger.body.title &');
    expect(problem?.message).toMatch(/^syntax error at position \d+: /);
    expect(problem!.from).toBeGreaterThanOrEqual(0);
    expect(problem!.to).toBeGreaterThan(problem!.from);
    expect(problem!.to).toBeLessThanOrEqual('$trigger.body.title &'.length);
  });

  it('calls an empty expression empty and hints at a doubled "="', () => {
    expect(expressionSyntaxProblem('  ')?.message).toBe('the expression is empty');
    expect(expressionSyntaxProblem('=$trigger')?.message).toContain('the leading "=" is added for you');
  });
});

describe('the value preview text', () => {
  it('is JSON cut to a readable length', () => {
    expect(formatSampleValue({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}');
    expect(formatSampleValue('y'.repeat(1000))).toHaveLength(MAX_PREVIEW_LENGTH);
  });
});
