import { describe, expect, it } from 'vitest';
import { durationBetween, formatDuration, formatRelative, formatTimestamp } from './format-time';

describe('formatDuration', () => {
  it('shows sub-second steps in milliseconds', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(850.4)).toBe('850 ms');
  });

  it('shows one decimal under ten seconds and whole seconds under a minute', () => {
    expect(formatDuration(4_230)).toBe('4.2 s');
    expect(formatDuration(42_900)).toBe('42 s');
  });

  it('shows minutes with zero-padded seconds, then hours with minutes, then days', () => {
    expect(formatDuration(185_000)).toBe('3 m 05 s');
    expect(formatDuration(2 * 3_600_000 + 7 * 60_000)).toBe('2 h 07 m');
    expect(formatDuration(3 * 86_400_000 + 5 * 3_600_000)).toBe('3 d 5 h');
  });

  it('shows a dash for impossible durations', () => {
    expect(formatDuration(-5)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
  });
});

describe('durationBetween', () => {
  const now = new Date('2025-03-01T12:00:10.000Z');

  it('measures a closed interval', () => {
    expect(durationBetween('2025-03-01T12:00:00.000Z', '2025-03-01T12:00:01.500Z', now)).toBe(1_500);
  });

  it('measures an open interval up to now', () => {
    expect(durationBetween('2025-03-01T12:00:00.000Z', null, now)).toBe(10_000);
  });

  it('has no duration without a start or with an unreadable timestamp', () => {
    expect(durationBetween(undefined, undefined, now)).toBeUndefined();
    expect(durationBetween('yesterday', null, now)).toBeUndefined();
  });
});

describe('formatRelative', () => {
  const now = new Date('2025-03-10T12:00:00.000Z');

  it('says how long ago, coarsening with age', () => {
    expect(formatRelative('2025-03-10T11:59:40.000Z', now)).toBe('just now');
    expect(formatRelative('2025-03-10T11:55:00.000Z', now)).toBe('5 min ago');
    expect(formatRelative('2025-03-10T09:00:00.000Z', now)).toBe('3 h ago');
    expect(formatRelative('2025-03-08T12:00:00.000Z', now)).toBe('2 d ago');
  });

  it('falls back to the exact date for old or future timestamps', () => {
    expect(formatRelative('2025-01-01T08:30:00.000Z', now)).toBe('2025-01-01 08:30:00 UTC');
    expect(formatRelative('2025-03-10T12:05:00.000Z', now)).toBe('2025-03-10 12:05:00 UTC');
  });
});

describe('formatTimestamp', () => {
  it('prints UTC to the second and leaves unreadable input as it is', () => {
    expect(formatTimestamp('2025-03-10T14:05:09.123+02:00')).toBe('2025-03-10 12:05:09 UTC');
    expect(formatTimestamp('not a date')).toBe('not a date');
  });
});
