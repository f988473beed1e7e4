import { executeAction, InvalidInputError, NonRetryableError, type Connector } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { describe, expect, it } from 'vitest';
import connector from '../src/index';
import type { FormatCsvInput } from '../src/actions/format-csv.action';
import type { ParseCsvInput } from '../src/actions/parse-csv.action';
import { connectorWithSpiedRun } from './spied-connector';

const SENSOR_READINGS = [
  'timestamp;sensor;temperature_c;pressure_bar;status',
  '2026-03-01T08:00:00Z;TT-101;21,5;1,013;OK',
  '2026-03-01T08:01:00Z; TT-102 ;22,75;0,998;WARN',
  '',
  '2026-03-01T08:02:00Z;PT-007;"-3,0";1,2;"CHECK; VALVE"',
].join('\r\n');

function parseCsv(input: ParseCsvInput) {
  return executeAction(connector, 'csvParse', { input, auth: undefined, idempotencyKey: 'run_test:step_csv' });
}

function formatCsv(input: FormatCsvInput) {
  return executeAction(connector, 'csvFormat', { input, auth: undefined, idempotencyKey: 'run_test:step_csv' });
}

describe('transform connector: csvParse', () => {
  it('reads ;-separated sensor readings into objects, keeping decimal commas as strings', async () => {
    const output = await parseCsv({ text: SENSOR_READINGS, delimiter: ';' });

    expect(output.rowCount).toBe(3);
    expect(output.rows).toEqual([
      {
        timestamp: '2026-03-01T08:00:00Z',
        sensor: 'TT-101',
        temperature_c: '21,5',
        pressure_bar: '1,013',
        status: 'OK',
      },
      {
        timestamp: '2026-03-01T08:01:00Z',
        sensor: 'TT-102',
        temperature_c: '22,75',
        pressure_bar: '0,998',
        status: 'WARN',
      },
      {
        timestamp: '2026-03-01T08:02:00Z',
        sensor: 'PT-007',
        temperature_c: '-3,0',
        pressure_bar: '1,2',
        status: 'CHECK; VALVE',
      },
    ]);
  });

  it('returns arrays of fields when there is no header', async () => {
    const output = await parseCsv({ text: 'TT-101,21.5\nTT-102,22.75\n', header: false });
    expect(output).toEqual({
      rows: [
        ['TT-101', '21.5'],
        ['TT-102', '22.75'],
      ],
      rowCount: 2,
    });
  });

  it('names fields with `columns`, skipping the header line it replaces', async () => {
    const output = await parseCsv({ text: SENSOR_READINGS, delimiter: ';', columns: ['ts', 'tag', 't', 'p', 's'] });
    expect(output.rows[0]).toEqual({ ts: '2026-03-01T08:00:00Z', tag: 'TT-101', t: '21,5', p: '1,013', s: 'OK' });
    expect(output.rowCount).toBe(3);
  });

  it('keeps spaces and blank lines when asked to', async () => {
    expect((await parseCsv({ text: 'a, b\n1, 2\n', header: false, trim: false })).rows).toEqual([
      ['a', ' b'],
      ['1', ' 2'],
    ]);
    expect((await parseCsv({ text: 'TT-101\n\nTT-102\n', header: false, skipEmptyLines: false })).rows).toEqual([
      ['TT-101'],
      [''],
      ['TT-102'],
    ]);
  });

  it('fails a row with the wrong number of fields with a non-retryable error naming the line', async () => {
    const text = 'sensor;value\nTT-101;21,5\nTT-102;22,75;extra\n';
    const error = await expectRejection(parseCsv({ text, delimiter: ';' }), NonRetryableError);

    expect(error.retryable).toBe(false);
    expect(error.code).toBe('CSV_MALFORMED');
    expect(error.message).toMatch(/^Malformed CSV at line 3: /);
    expect(error.details).toMatchObject({ line: 3 });
  });

  it('fails an unclosed quote with the line it started on', async () => {
    const error = await expectRejection(parseCsv({ text: 'a,b\n1,2\n3,"oops\n' }), NonRetryableError);
    expect(error.code).toBe('CSV_MALFORMED');
    expect(error.message).toContain('line 3');
  });

  it('refuses more rows than maxRows instead of returning a partial result', async () => {
    const text = ['sensor,value', ...Array.from({ length: 250_000 }, (_, i) => `S-${i},${i}`)].join('\n');
    const error = await expectRejection(parseCsv({ text, maxRows: 200_000 }), NonRetryableError);
    expect(error.code).toBe('CSV_TOO_MANY_ROWS');
    expect(error.message).toBe('The CSV has more than 200000 data rows (maxRows)');
  });

  it('accepts exactly maxRows rows', async () => {
    const text = ['sensor,value', ...Array.from({ length: 1000 }, (_, i) => `S-${i},${i}`)].join('\n');
    expect((await parseCsv({ text, maxRows: 1000 })).rowCount).toBe(1000);
  });

  it('rejects invalid input, naming each field, without running the action', async () => {
    const { connector: spied, run } = connectorWithSpiedRun('csvParse');
    const error = await expectRejection(
      executeAction(spied, 'csvParse', {
        input: { text: 42, delimiter: '', maxRows: 0 },
        auth: undefined,
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['text', 'delimiter', 'maxRows']);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('transform connector: csvFormat', () => {
  it('writes objects with a header, in order of first appearance, quoting where needed', async () => {
    const output = await formatCsv({
      rows: [
        { sensor: 'TT-101', value: '21,5', ok: true },
        { sensor: 'PT-007', value: 1.2, note: 'CHECK; "VALVE"', ok: null },
      ],
      delimiter: ';',
    });
    expect(output.text).toBe('sensor;value;ok;note\nTT-101;21,5;true;\nPT-007;1.2;;"CHECK; ""VALVE"""\n');
  });

  it('writes array rows, with a header only when columns are given', async () => {
    const rows = [
      ['TT-101', 21.5],
      ['TT-102', 22.75],
    ];
    expect((await formatCsv({ rows })).text).toBe('TT-101,21.5\nTT-102,22.75\n');
    expect((await formatCsv({ rows, columns: ['sensor', 'value'] })).text).toBe(
      'sensor,value\nTT-101,21.5\nTT-102,22.75\n',
    );
  });

  it('selects and orders object columns, and can leave out the header', async () => {
    const output = await formatCsv({
      rows: [{ a: '1', b: '2', c: '3' }],
      columns: ['c', 'a'],
      header: false,
    });
    expect(output.text).toBe('3,1\n');
  });

  it('round-trips through csvParse', async () => {
    const { rows } = await parseCsv({ text: SENSOR_READINGS, delimiter: ';' });
    const { text } = await formatCsv({ rows, delimiter: ';' });
    expect((await parseCsv({ text, delimiter: ';' })).rows).toEqual(rows);
  });

  it('rejects rows that are not objects or arrays of plain values', async () => {
    const loaded: Connector = connector;
    const error = await expectRejection(
      executeAction(loaded, 'csvFormat', {
        input: { rows: [{ a: { nested: 1 } }] },
        auth: undefined,
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );
    expect(error.issues[0]?.path).toMatch(/^rows/);
  });
});
