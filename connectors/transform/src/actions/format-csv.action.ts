import { defineAction } from '@tributary/connector-sdk';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';

const CellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const FormatCsvInput = z.strictObject({
  rows: z
    .array(z.union([z.record(z.string(), CellValue), z.array(CellValue)]))
    .describe('Objects keyed by column name, or arrays of fields (as csvParse returns them)'),
  columns: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe('Column order and header names; default: the keys of the objects in order of first appearance'),
  delimiter: z.string().min(1).max(4).default(',').describe('Field separator, e.g. "," or ";"'),
  header: z.boolean().default(true).describe('Write a header line (needs column names: objects or `columns`)'),
});
export type FormatCsvInput = z.input<typeof FormatCsvInput>;

export const FormatCsvOutput = z.object({
  text: z.string().describe('The CSV document, lines ending in \\n; null becomes an empty field'),
});
export type FormatCsvOutput = z.output<typeof FormatCsvOutput>;

export const formatCsv = defineAction({
  name: 'csvFormat',
  displayName: 'Format CSV',
  description: 'Turns rows into CSV text, quoting fields that contain the delimiter, quotes or line breaks.',
  input: FormatCsvInput,
  output: FormatCsvOutput,
  async run(_ctx, input) {
    const columns = input.columns ?? columnsOf(input.rows);
    const text = stringify(input.rows, {
      delimiter: input.delimiter,
      header: input.header && columns !== undefined,
      ...(columns === undefined ? {} : { columns }),
      cast: { boolean: (value) => String(value) },
    });
    return { text };
  },
});

/** Keys of object rows in order of first appearance; arrays have no names. */
function columnsOf(rows: z.output<typeof FormatCsvInput>['rows']): string[] | undefined {
  const names = new Set<string>();
  for (const row of rows) {
    if (Array.isArray(row)) return undefined;
    for (const key of Object.keys(row)) names.add(key);
  }
  return names.size === 0 ? undefined : [...names];
}
