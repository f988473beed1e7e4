import { defineAction, NonRetryableError } from '@tributary/connector-sdk';
import { CsvError, parse } from 'csv-parse/sync';
import { z } from 'zod';

export const ParseCsvInput = z.strictObject({
  text: z.string().describe('The CSV document'),
  delimiter: z.string().min(1).max(4).default(',').describe('Field separator, e.g. "," or ";" or "\\t"'),
  header: z
    .boolean()
    .default(true)
    .describe('The first line holds column names (skipped when `columns` is given); rows become objects'),
  columns: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe('Column names to use instead of a header line; rows become objects'),
  skipEmptyLines: z.boolean().default(true).describe('Ignore blank lines'),
  trim: z.boolean().default(true).describe('Remove spaces around each field'),
  maxRows: z
    .number()
    .int()
    .positive()
    .max(1_000_000)
    .default(100_000)
    .describe('Fail instead of returning more data rows than this'),
});
export type ParseCsvInput = z.input<typeof ParseCsvInput>;

const CsvRow = z.union([z.record(z.string(), z.string()), z.array(z.string())]);

export const ParseCsvOutput = z.object({
  rows: z
    .array(CsvRow)
    .describe('One object per line keyed by column name, or an array of fields when there are no column names'),
  rowCount: z.number().int().describe('Number of data rows (header excluded)'),
});
export type ParseCsvOutput = z.output<typeof ParseCsvOutput>;

export const parseCsv = defineAction({
  name: 'csvParse',
  displayName: 'Parse CSV',
  description: 'Turns CSV text into rows. Values stay strings (decimal commas and leading zeros are kept).',
  input: ParseCsvInput,
  output: ParseCsvOutput,
  async run(_ctx, input) {
    const rows = parseRows(input);
    if (rows.length > input.maxRows) {
      throw new NonRetryableError(`The CSV has more than ${input.maxRows} data rows (maxRows)`, {
        code: 'CSV_TOO_MANY_ROWS',
        details: { maxRows: input.maxRows },
      });
    }
    return { rows, rowCount: rows.length };
  },
});

function parseRows(input: z.output<typeof ParseCsvInput>): z.output<typeof CsvRow>[] {
  const columns = input.columns ?? input.header;
  // One row past the limit is enough to know it was exceeded; the rest is never materialised.
  const to = input.maxRows + 1;
  try {
    const records: unknown = parse(input.text, {
      delimiter: input.delimiter,
      columns,
      from_line: input.columns !== undefined && input.header ? 2 : 1,
      skip_empty_lines: input.skipEmptyLines,
      trim: input.trim,
      bom: true,
      to,
    });
    return CsvRow.array().parse(records);
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : undefined;
      throw new NonRetryableError(`Malformed CSV${line === undefined ? '' : ` at line ${line}`}: ${error.message}`, {
        code: 'CSV_MALFORMED',
        details: { line, reason: error.code },
      });
    }
    throw error;
  }
}
