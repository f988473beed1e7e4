import { describe, expect, it } from 'vitest';
import { isoToLocalInput, isoWithOffset, localInputToIso } from './datetime-local';

describe('localInputToIso', () => {
  it('turns local wall-clock time into the same instant with an explicit offset', () => {
    const iso = localInputToIso('2026-01-31T12:30');
    expect(iso).toMatch(/^2026-01-31T12:30:00[+-]\d\d:\d\d$/);
    expect(Date.parse(iso)).toBe(new Date('2026-01-31T12:30').getTime());
  });

  it('gives no filter for an empty or unreadable input', () => {
    expect(localInputToIso('')).toBe('');
    expect(localInputToIso('tomorrow')).toBe('');
  });
});

describe('isoToLocalInput', () => {
  it('round-trips what localInputToIso produced', () => {
    expect(isoToLocalInput(localInputToIso('2026-07-04T08:05'))).toBe('2026-07-04T08:05');
  });

  it('shows an instant from another zone at the local time it happened', () => {
    const value = isoToLocalInput('2026-01-31T12:00:00Z');
    expect(new Date(value).getTime()).toBe(Date.parse('2026-01-31T12:00:00Z'));
  });

  it('leaves the input empty for nothing or nonsense', () => {
    expect(isoToLocalInput(undefined)).toBe('');
    expect(isoToLocalInput('soon')).toBe('');
  });
});

describe('isoWithOffset', () => {
  it('writes a valid ISO 8601 date-time the API accepts', () => {
    const date = new Date('2026-03-01T00:00:00Z');
    const iso = isoWithOffset(date);
    expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(Date.parse(iso)).toBe(date.getTime());
  });
});
