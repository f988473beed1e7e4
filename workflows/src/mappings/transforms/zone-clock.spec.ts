import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { isValidZone, zoneClock } from './zone-clock';

/** An odd step, so the wall times checked fall on every minute of the hour over the years. */
const STEP = 53 * 60_000;

/** The wall-clock time of an instant in a zone, as epoch ms read as UTC. */
function wallOf(instant: number, zone: string): number {
  const local = DateTime.fromMillis(instant, { zone });
  return instant + local.offset * 60_000;
}

describe('zoneClock', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Sao_Paulo'])(
    'turns every wall time of 2025–2026 in %s back into its instant',
    (zone) => {
      const clock = zoneClock(zone);
      const start = Date.UTC(2025, 0, 1);
      const end = Date.UTC(2026, 11, 31);
      for (let instant = start; instant < end; instant += STEP) {
        const wall = wallOf(instant, zone);
        const found = clock.instantOf(wall);
        // the wall time repeated when DST ends has two instants; the earlier one is taken
        const repeated = found < instant && wallOf(found, zone) === wall;
        if (!repeated) expect(found, new Date(instant).toISOString()).toBe(instant);
      }
    },
  );

  it('takes the earlier instant for a repeated wall time and moves a skipped one forward', () => {
    const berlin = zoneClock('Europe/Berlin');
    const newYork = zoneClock('America/New_York');
    expect(berlin.instantOf(Date.UTC(2026, 9, 25, 2, 30))).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(newYork.instantOf(Date.UTC(2026, 10, 1, 1, 30))).toBe(Date.UTC(2026, 10, 1, 5, 30));
    expect(berlin.instantOf(Date.UTC(2026, 2, 29, 2, 30))).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(newYork.instantOf(Date.UTC(2026, 2, 8, 2, 30))).toBe(Date.UTC(2026, 2, 8, 7, 30));
  });

  it('agrees with luxon for wall times outside DST changes', () => {
    const clock = zoneClock('Europe/Berlin');
    for (const text of ['2024-01-15T08:00', '2024-07-15T08:00', '1990-06-01T00:00', '2040-12-24T18:30']) {
      const wall = DateTime.fromISO(text, { zone: 'utc' }).toMillis();
      expect(clock.instantOf(wall)).toBe(DateTime.fromISO(text, { zone: 'Europe/Berlin' }).toMillis());
    }
  });

  it('treats UTC and its aliases as identity', () => {
    for (const zone of ['UTC', 'utc', 'Etc/UTC', 'GMT']) {
      expect(zoneClock(zone).isUtc).toBe(true);
      expect(zoneClock(zone).instantOf(123)).toBe(123);
    }
  });

  it('knows IANA zones and nothing else', () => {
    expect(isValidZone('Europe/Berlin')).toBe(true);
    expect(isValidZone('UTC')).toBe(true);
    expect(isValidZone('Europe/Berln')).toBe(false);
    expect(isValidZone('CEST')).toBe(false);
  });
});
