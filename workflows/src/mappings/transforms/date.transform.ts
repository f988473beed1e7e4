import { z } from 'zod';
import { compileDateReader, DATE_KEYWORDS, formatReadProblem } from './date-reader';
import { compileDateWriter } from './date-writer';
import type { TransformFunction } from './transform-function';
import { isValidZone, zoneClock } from './zone-clock';

/**
 * Reads a date in one format and zone and writes it in another, e.g. ERP
 * "05.03.2024" in Europe/Berlin → "2024-03-04T23:00:00.000Z". `from` and `to`
 * are "iso" (the default), "millis", "seconds" (whole seconds when written) or
 * a luxon format; `zone` is the zone of wall-clock input, `toZone` the zone of
 * the output (both default to UTC); `locale` names month and weekday words
 * (default en-US, fixed so results never depend on the worker's settings).
 */
const IanaZone = z.string().refine(isValidZone, {
  error: (issue) => `unknown time zone ${JSON.stringify(issue.input)} (use an IANA name like "Europe/Berlin")`,
});

const Locale = z.string().refine(isValidLocale, { error: (issue) => `unknown locale ${JSON.stringify(issue.input)}` });

const DateFormat = z.string().min(1);

export const DateTransform = z
  .object({
    kind: z.literal('date'),
    from: DateFormat.optional(),
    to: DateFormat.optional(),
    zone: IanaZone.optional(),
    toZone: IanaZone.optional(),
    locale: Locale.optional(),
  })
  .strict()
  .superRefine(({ from }, ctx) => {
    if (from === undefined || (DATE_KEYWORDS as readonly string[]).includes(from)) return;
    const problem = formatReadProblem(from);
    if (problem) ctx.addIssue({ code: 'custom', path: ['from'], message: problem });
  });
export type DateTransform = z.infer<typeof DateTransform>;

const DEFAULT_LOCALE = 'en-US';

export function compileDate(transform: DateTransform): TransformFunction {
  const locale = transform.locale ?? DEFAULT_LOCALE;
  const read = compileDateReader(transform.from, zoneClock(transform.zone ?? 'UTC'), locale);
  const write = compileDateWriter(transform.to ?? 'iso', transform.toZone ?? 'UTC', locale);
  return (value) => write(read(value));
}

function isValidLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false;
  }
}
