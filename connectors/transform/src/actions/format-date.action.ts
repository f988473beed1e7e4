import { defineAction, NonRetryableError } from '@tributary/connector-sdk';
import { DateTime, Info } from 'luxon';
import { z } from 'zod';

const TimeZone = z
  .string()
  .refine(
    (zone) => Info.normalizeZone(zone)?.isValid === true,
    'must be an IANA time zone such as Europe/Berlin, or UTC',
  );

export const FormatDateInput = z.strictObject({
  value: z
    .union([z.string().min(1), z.number()])
    .describe('An ISO 8601 string, epoch milliseconds, or a string in `inputFormat`'),
  inputFormat: z
    .string()
    .min(1)
    .optional()
    .describe('Luxon pattern of a string value, e.g. "dd.MM.yyyy HH:mm"; default: ISO 8601'),
  inputZone: TimeZone.default('UTC').describe('Zone of a value without an offset, e.g. Europe/Berlin'),
  outputFormat: z
    .string()
    .min(1)
    .describe('"iso", "isoDate", "epochMillis", or a Luxon pattern such as "yyyy-MM-dd HH:mm"'),
  outputZone: TimeZone.default('UTC').describe('Zone the result is expressed in'),
  locale: z.string().min(2).default('en-US').describe('Locale for month and weekday names in patterns'),
});
export type FormatDateInput = z.input<typeof FormatDateInput>;

export const FormatDateOutput = z.object({
  value: z.union([z.string(), z.number()]).describe('The formatted date; a number for "epochMillis"'),
});
export type FormatDateOutput = z.output<typeof FormatDateOutput>;

export const formatDate = defineAction({
  name: 'dateFormat',
  displayName: 'Format date',
  description: 'Reads a date in one format and zone and writes it in another (DST-aware).',
  input: FormatDateInput,
  output: FormatDateOutput,
  async run(_ctx, input) {
    const date = readDate(input).setZone(input.outputZone).setLocale(input.locale);
    switch (input.outputFormat) {
      case 'iso':
        return { value: date.toISO() ?? '' };
      case 'isoDate':
        return { value: date.toISODate() ?? '' };
      case 'epochMillis':
        return { value: date.toMillis() };
      default:
        return { value: date.toFormat(input.outputFormat) };
    }
  },
});

function readDate(input: z.output<typeof FormatDateInput>): DateTime {
  const { value, inputFormat, inputZone } = input;
  const date =
    typeof value === 'number'
      ? DateTime.fromMillis(value, { zone: inputZone })
      : inputFormat === undefined
        ? DateTime.fromISO(value, { zone: inputZone })
        : DateTime.fromFormat(value, inputFormat, { zone: inputZone, locale: input.locale });
  if (!date.isValid) {
    const expected = typeof value === 'number' ? 'epoch milliseconds' : (inputFormat ?? 'an ISO 8601 date');
    throw new NonRetryableError(
      `"${String(value)}" is not a valid date in ${expected}: ${date.invalidExplanation ?? date.invalidReason}`,
      { code: 'INVALID_DATE', details: { value, inputFormat, reason: date.invalidReason } },
    );
  }
  return date;
}
