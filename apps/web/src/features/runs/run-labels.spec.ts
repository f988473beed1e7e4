import { describe, expect, it } from 'vitest';
import { runVersionLabel } from './run-labels';

describe('runVersionLabel', () => {
  it('names the published version a run ran, or the draft for a test run', () => {
    expect(runVersionLabel(3)).toBe('v3');
    expect(runVersionLabel(null)).toBe('draft');
  });
});
