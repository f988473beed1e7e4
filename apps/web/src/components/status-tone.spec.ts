import { describe, expect, it } from 'vitest';
import { statusLabel, statusTone } from './status-tone';

describe('statusTone', () => {
  it('draws each run status in a tone that says whether it needs attention', () => {
    expect(statusTone('running')).toBe('active');
    expect(statusTone('completed')).toBe('success');
    expect(statusTone('failed')).toBe('danger');
    expect(statusTone('terminated')).toBe('danger');
    expect(statusTone('timed_out')).toBe('danger');
    expect(statusTone('cancelled')).toBe('warning');
  });

  it('draws step statuses the same way', () => {
    expect(statusTone('pending')).toBe('muted');
    expect(statusTone('succeeded')).toBe('success');
    expect(statusTone('skipped')).toBe('muted');
  });

  it('ignores letter case', () => {
    expect(statusTone('FAILED')).toBe('danger');
  });

  it('draws a status it does not know as neutral instead of failing', () => {
    expect(statusTone('paused_by_operator')).toBe('muted');
  });
});

describe('statusLabel', () => {
  it('turns identifiers into words', () => {
    expect(statusLabel('timed_out')).toBe('timed out');
    expect(statusLabel('running')).toBe('running');
  });
});
