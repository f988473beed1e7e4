import { DateTime } from 'luxon';
import { requireNumber, requireText } from './transform-input';
import { describeValue, TransformFailure } from './transform-function';
import type { ZoneClock } from './zone-clock';

/**
 * Reads a date transform's input into an instant (epoch ms). `from` is
 * "iso", "millis", "seconds" or a luxon format ("dd.MM.yyyy HH:mm"); without
 * it, text is read as ISO 8601 and numbers as epoch milliseconds. Wall-clock
 * input (no offset in it) is in the transform's `zone`.
 *
 * Formats made only of numeric fields — what ERPs export — are compiled to one
 * regular expression here, an order of magnitude faster than luxon's parser;
 * anything else (month names, weekdays, offsets) goes to luxon with the same
 * meaning of each token.
 */
export type DateReader = (value: unknown) => number;

export const DATE_KEYWORDS = ['iso', 'millis', 'seconds'] as const;

/** Largest |epoch ms| a JavaScript date can hold. */
const MAX_INSTANT = 8.64e15;

export function compileDateReader(from: string | undefined, clock: ZoneClock, locale: string): DateReader {
  if (from === 'millis') return (value) => checkedInstant(requireNumber(value, 'invalid_date'), value);
  if (from === 'seconds') return (value) => checkedInstant(requireNumber(value, 'invalid_date') * 1000, value);
  if (from === 'iso') return (value) => readIso(requireText(value, 'date'), clock);
  if (from === undefined) {
    return (value) => {
      if (typeof value === 'number') return checkedInstant(value, value);
      if (typeof value === 'string') return readIso(value, clock);
      throw new TransformFailure(
        'invalid_date',
        `date needs ISO text or epoch milliseconds, got ${describeValue(value)}`,
      );
    };
  }
  return compileFormatReader(from, clock, locale);
}

/** Why a luxon format cannot be used to read dates, or null when it can. */
export function formatReadProblem(format: string): string | null {
  const letters = tokenize(format).flatMap((token) => ('letter' in token ? [token.letter] : []));
  const complete = letters.some((letter) => 'ykXx'.includes(letter));
  return complete
    ? null
    : `the format "${format}" has no year (yyyy): the current date would fill the gap, so results would change over time`;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const ISO_OFFSET_AT_END = /T.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

function readIso(text: string, clock: ZoneClock): number {
  const match = ISO.exec(text);
  if (match) {
    const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0', offset] = match;
    const wall = wallMillis(+year!, +month!, +day!, +hour, +minute, +second, +fraction.padEnd(3, '0').slice(0, 3));
    if (wall === undefined) throw invalidDate(text, 'ISO 8601', 'it is not a valid date or time');
    return offset === undefined ? clock.instantOf(wall) : wall - offsetMinutes(offset) * 60_000;
  }
  // the rarer ISO forms: week dates, ordinal dates, basic format, hours only
  const parsed = DateTime.fromISO(text, { zone: 'utc', setZone: true });
  if (!parsed.isValid) throw invalidDate(text, 'ISO 8601', luxonReason(parsed));
  return ISO_OFFSET_AT_END.test(text) ? parsed.toMillis() : clock.instantOf(parsed.toMillis());
}

function offsetMinutes(offset: string): number {
  if (offset === 'Z' || offset === 'z') return 0;
  const digits = offset.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return offset.startsWith('-') ? -minutes : minutes;
}

type FormatToken = { literal: string } | { letter: string; token: string };

/** luxon's tokenizer: runs of one letter are tokens, quoted text and everything else are literals. */
function tokenize(format: string): FormatToken[] {
  const tokens: FormatToken[] = [];
  for (let i = 0; i < format.length;) {
    const char = format[i] as string;
    if (char === "'") {
      const end = format.indexOf("'", i + 1);
      const literal = end === -1 ? format.slice(i + 1) : format.slice(i + 1, end);
      tokens.push({ literal: literal === '' ? "'" : literal });
      i = end === -1 ? format.length : end + 1;
    } else if (/[A-Za-z]/.test(char)) {
      let end = i + 1;
      while (format[end] === char) end++;
      tokens.push({ letter: char, token: format.slice(i, end) });
      i = end;
    } else {
      tokens.push({ literal: char });
      i++;
    }
  }
  return tokens;
}

type Field = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

/** The numeric tokens the fast path knows, with luxon's digit counts. */
const NUMERIC_TOKENS: Record<string, { field: Field; digits: string; twoDigitYear?: true }> = {
  y: { field: 'year', digits: '{1,6}' },
  yy: { field: 'year', digits: '{2,4}', twoDigitYear: true },
  yyyy: { field: 'year', digits: '{4}' },
  yyyyy: { field: 'year', digits: '{4,6}' },
  yyyyyy: { field: 'year', digits: '{6}' },
  M: { field: 'month', digits: '{1,2}' },
  MM: { field: 'month', digits: '{2}' },
  d: { field: 'day', digits: '{1,2}' },
  dd: { field: 'day', digits: '{2}' },
  H: { field: 'hour', digits: '{1,2}' },
  HH: { field: 'hour', digits: '{2}' },
  m: { field: 'minute', digits: '{1,2}' },
  mm: { field: 'minute', digits: '{2}' },
  s: { field: 'second', digits: '{1,2}' },
  ss: { field: 'second', digits: '{2}' },
  S: { field: 'millisecond', digits: '{1,3}' },
  SSS: { field: 'millisecond', digits: '{3}' },
};

/** luxon's default: two-digit years above 60 are 19xx, the rest 20xx. */
const TWO_DIGIT_CUTOFF = 60;

function compileFormatReader(format: string, clock: ZoneClock, locale: string): DateReader {
  const tokens = tokenize(format);
  const numeric = tokens.every((token) => 'literal' in token || token.token in NUMERIC_TOKENS);
  if (!numeric) return compileLuxonReader(format, tokens, clock, locale);

  let pattern = '';
  const fields: { field: Field; twoDigitYear: boolean }[] = [];
  for (const token of tokens) {
    if ('literal' in token) {
      pattern += token.literal.replace(/[-[\]{}()*+?.,\\^$|#]/g, '\\$&');
    } else {
      const spec = NUMERIC_TOKENS[token.token]!;
      pattern += `(\\d${spec.digits})`;
      fields.push({ field: spec.field, twoDigitYear: spec.twoDigitYear === true });
    }
  }
  const regex = new RegExp(`^${pattern}$`, 'i');
  return (value) => {
    const text = requireText(value, 'date');
    const match = regex.exec(text);
    if (!match) throw invalidDate(text, format, 'it does not match');
    const parts: Record<Field, number> = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
    for (let i = 0; i < fields.length; i++) {
      const { field, twoDigitYear } = fields[i]!;
      let number = Number(match[i + 1]);
      if (twoDigitYear && number <= 99) number += number > TWO_DIGIT_CUTOFF ? 1900 : 2000;
      parts[field] = number;
    }
    const wall = wallMillis(
      parts.year,
      parts.month,
      parts.day,
      parts.hour,
      parts.minute,
      parts.second,
      parts.millisecond,
    );
    if (wall === undefined) throw invalidDate(text, format, 'it is not a valid date or time');
    return clock.instantOf(wall);
  };
}

function compileLuxonReader(format: string, tokens: FormatToken[], clock: ZoneClock, locale: string): DateReader {
  const parser = DateTime.buildFormatParser(format, { locale });
  // An offset, zone name or epoch token in the text fixes the instant itself.
  const fixesInstant = tokens.some((token) => 'letter' in token && 'ZzXx'.includes(token.letter));
  return (value) => {
    const text = requireText(value, 'date');
    const parsed = DateTime.fromFormatParser(text, parser, { zone: 'utc', setZone: true, locale });
    if (!parsed.isValid) throw invalidDate(text, format, luxonReason(parsed));
    return fixesInstant ? parsed.toMillis() : clock.instantOf(parsed.toMillis());
  };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Epoch ms of a wall-clock time read as UTC, or undefined when a field is out of range (31 February, 25:00). */
function wallMillis(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
): number | undefined {
  if (month < 1 || month > 12 || day < 1 || minute > 59 || second > 59) return undefined;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0)) return undefined;
  // 24:00 is the end of the day, as in ISO 8601 and luxon
  if (hour > 24 || (hour === 24 && (minute > 0 || second > 0 || millisecond > 0))) return undefined;
  const millis = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  if (year >= 100) return millis;
  // Date.UTC reads years 0–99 as 1900–1999
  const date = new Date(millis);
  date.setUTCFullYear(year);
  return date.getTime();
}

/** luxon's explanation, except where it only repeats the text and format the message already names. */
function luxonReason(parsed: DateTime): string | null {
  if (parsed.invalidReason === 'unparsable') return 'it does not match';
  return parsed.invalidExplanation ?? parsed.invalidReason;
}

function checkedInstant(millis: number, value: unknown): number {
  if (Math.abs(millis) > MAX_INSTANT) {
    throw new TransformFailure('invalid_date', `${describeValue(value)} is outside the range of dates`);
  }
  return millis;
}

function invalidDate(text: string, format: string, reason: string | null): TransformFailure {
  return new TransformFailure(
    'invalid_date',
    `${describeValue(text)} is not a date in the format ${format}${reason ? `: ${reason}` : ''}`,
  );
}
