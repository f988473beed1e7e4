/**
 * Durations in flows: ISO 8601 ("P30D", "PT1H30M", "P1DT12H") as analysts
 * know from other tools, or Temporal's short form ("30 days", "15m", "90s").
 * Months and years are not accepted: their length depends on the calendar,
 * so "wait until" a timestamp is the honest way to say them.
 */

const ISO = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const SHORT =
  /^(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?)$/i;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Milliseconds, or null when the text is not a duration. */
export function parseDuration(text: string): number | null {
  const iso = ISO.exec(text.trim());
  if (iso && text.trim() !== 'P' && !text.trim().endsWith('T')) {
    const [, weeks, days, hours, minutes, seconds] = iso;
    const ms =
      Number(weeks ?? 0) * UNIT_MS.w! +
      Number(days ?? 0) * UNIT_MS.d! +
      Number(hours ?? 0) * UNIT_MS.h! +
      Number(minutes ?? 0) * UNIT_MS.m! +
      Number(seconds ?? 0) * UNIT_MS.s!;
    return ms > 0 ? Math.round(ms) : null;
  }
  const short = SHORT.exec(text.trim());
  if (!short) return null;
  const unit = short[2]!.toLowerCase();
  const key = unit.startsWith('ms') || unit.startsWith('milli') ? 'ms' : unit[0]!;
  const ms = Number(short[1]) * (UNIT_MS[key] ?? NaN);
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms) : null;
}
