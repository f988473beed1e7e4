import { describe, expect, it } from 'vitest';
import { problemAt, problemsUnder } from './step-problems';

const problems = [
  { path: 'input.url', message: 'url is required' },
  { path: 'input.lines[0].qty', message: 'must be a number' },
  { path: 'input', message: 'unknown field "x"' },
  { path: 'inputs', message: 'not about input' },
  { path: 'condition', message: 'syntax error' },
  { path: 'condition', message: 'unknown step' },
];

describe('problemAt', () => {
  it('joins the messages at exactly that path', () => {
    expect(problemAt(problems, 'condition')).toBe('syntax error unknown step');
    expect(problemAt(problems, 'timeoutMs')).toBeUndefined();
  });
});

describe('problemsUnder', () => {
  it('keys problems below a prefix by their dotted sub-path', () => {
    expect(problemsUnder(problems, 'input')).toEqual({
      url: 'url is required',
      'lines.0.qty': 'must be a number',
      '': 'unknown field "x"',
    });
  });
});
