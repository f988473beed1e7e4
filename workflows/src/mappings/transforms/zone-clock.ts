import { IANAZone } from 'luxon';

/**
 * Converts wall-clock times in an IANA zone to instants. Asking Intl for a
 * zone's offset costs microseconds per call, which would dominate a 10,000
 * record batch; offsets change at most once a day (DST), so each UTC day's
 * offset is asked for once and cached. Wall times at a DST change resolve as
 * the TC39 Temporal API's "compatible" disambiguation does, the same all year
 * (luxon's answer depends on the current date): a repeated time (autumn) is
 * the earlier instant, a skipped time (spring) moves forward by the gap.
 */

export interface ZoneClock {
  readonly zone: string;
  readonly isUtc: boolean;
  /** the instant (epoch ms) of a wall-clock time, given as epoch ms as if the wall clock were UTC */
  instantOf(wallMillis: number): number;
}

const DAY = 86_400_000;
const MINUTE = 60_000;
const MAX_CACHED_DAYS = 20_000;
const MAX_CACHED_MINUTES = 20_000;
const UTC_NAMES = new Set([
  'utc',
  'etc/utc',
  'gmt',
  'etc/gmt',
  'utc0',
  'universal',
  'etc/universal',
  'zulu',
  'etc/zulu',
]);

const clocks = new Map<string, ZoneClock>();

/** The clock of a zone that `isValidZone` accepted; one per zone per isolate. */
export function zoneClock(zone: string): ZoneClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = UTC_NAMES.has(zone.toLowerCase()) ? { zone, isUtc: true, instantOf: (wall) => wall } : ianaClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

/** IANA names (and "UTC"); luxon asks Intl, so the worker's ICU data decides. */
export function isValidZone(zone: string): boolean {
  return UTC_NAMES.has(zone.toLowerCase()) || IANAZone.isValidZone(zone);
}

function ianaClock(zone: string): ZoneClock {
  const iana = IANAZone.create(zone);
  const dayOffsets = new Map<number, number>();
  const minuteOffsets = new Map<number, number>();

  // Minutes east of UTC at an instant. A day whose start and end agree has no
  // transition inside (tzdb never has two that cancel out within a day); on a
  // day with one, offsets are cached per minute (transitions fall on whole minutes).
  const offsetAt = (instant: number): number => {
    const day = Math.floor(instant / DAY);
    let offset = dayOffsets.get(day);
    if (offset === undefined) {
      const start = iana.offset(day * DAY);
      offset = start === iana.offset(day * DAY + DAY - 1) ? start : Number.NaN;
      if (dayOffsets.size >= MAX_CACHED_DAYS) dayOffsets.clear();
      dayOffsets.set(day, offset);
    }
    if (!Number.isNaN(offset)) return offset;
    const minute = Math.floor(instant / MINUTE);
    let exact = minuteOffsets.get(minute);
    if (exact === undefined) {
      exact = iana.offset(minute * MINUTE);
      if (minuteOffsets.size >= MAX_CACHED_MINUTES) minuteOffsets.clear();
      minuteOffsets.set(minute, exact);
    }
    return exact;
  };

  return {
    zone,
    isUtc: false,
    instantOf(wall) {
      // Offsets in force a day either side; |offset| < 1 day, so the instant lies between.
      const before = offsetAt(wall - DAY);
      const after = offsetAt(wall + DAY);
      if (before === after) return wall - before * MINUTE;
      const withBefore = wall - before * MINUTE;
      const withAfter = wall - after * MINUTE;
      const beforeFits = offsetAt(withBefore) === before;
      const afterFits = offsetAt(withAfter) === after;
      if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
      if (beforeFits) return withBefore;
      if (afterFits) return withAfter;
      // skipped: the old offset puts it after the change, forward by the gap
      return withBefore;
    },
  };
}
