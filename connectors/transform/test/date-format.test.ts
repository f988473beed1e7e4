import { executeAction, InvalidInputError, NonRetryableError } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { describe, expect, it } from 'vitest';
import connector from '../src/index';
import type { FormatDateInput } from '../src/actions/format-date.action';
import { connectorWithSpiedRun } from './spied-connector';

function formatDate(input: FormatDateInput) {
  return executeAction(connector, 'dateFormat', { input, auth: undefined, idempotencyKey: 'run_test:step_date' });
}

const berlinShift = { inputFormat: 'dd.MM.yyyy HH:mm', inputZone: 'Europe/Berlin', outputFormat: 'iso' } as const;

describe('transform connector: dateFormat', () => {
  it('reads a dd.MM.yyyy Berlin time as UTC ISO, with the right offset on each side of the DST change', async () => {
    // Clocks in Berlin went from 02:00 CET to 03:00 CEST on 29 March 2026.
    expect(await formatDate({ ...berlinShift, value: '29.03.2026 01:30' })).toEqual({
      value: '2026-03-29T00:30:00.000Z',
    });
    expect(await formatDate({ ...berlinShift, value: '29.03.2026 03:30' })).toEqual({
      value: '2026-03-29T01:30:00.000Z',
    });
    expect(await formatDate({ ...berlinShift, value: '25.10.2026 12:00' })).toEqual({
      value: '2026-10-25T11:00:00.000Z',
    });
  });

  it('reads a date-only shift date as local midnight', async () => {
    const output = await formatDate({
      value: '30.03.2026',
      inputFormat: 'dd.MM.yyyy',
      inputZone: 'Europe/Berlin',
      outputFormat: 'iso',
    });
    expect(output.value).toBe('2026-03-29T22:00:00.000Z');
  });

  it('writes UTC ISO as a Berlin-local pattern and as epoch milliseconds', async () => {
    const value = '2026-07-01T06:15:00Z';
    expect((await formatDate({ value, outputFormat: 'dd.MM.yyyy HH:mm', outputZone: 'Europe/Berlin' })).value).toBe(
      '01.07.2026 08:15',
    );
    expect((await formatDate({ value, outputFormat: 'epochMillis' })).value).toBe(Date.UTC(2026, 6, 1, 6, 15));
    expect((await formatDate({ value, outputFormat: 'isoDate', outputZone: 'Pacific/Auckland' })).value).toBe(
      '2026-07-01',
    );
  });

  it('reads epoch milliseconds and keeps an offset given in an ISO string', async () => {
    expect((await formatDate({ value: 1_772_438_400_000, outputFormat: 'iso' })).value).toBe(
      '2026-03-02T08:00:00.000Z',
    );
    expect(
      (await formatDate({ value: '2026-03-02T09:00:00+01:00', inputZone: 'America/New_York', outputFormat: 'iso' }))
        .value,
    ).toBe('2026-03-02T08:00:00.000Z');
  });

  it('uses the locale for month names', async () => {
    const output = await formatDate({ value: '2026-03-02', outputFormat: 'd. MMMM yyyy', locale: 'de-DE' });
    expect(output.value).toBe('2. März 2026');
  });

  it('fails a value that does not match inputFormat with a non-retryable error that shows both', async () => {
    const error = await expectRejection(formatDate({ ...berlinShift, value: '2026-03-29 01:30' }), NonRetryableError);
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toMatch(/^"2026-03-29 01:30" is not a valid date in dd\.MM\.yyyy HH:mm: /);
  });

  it('fails a string that is not ISO 8601 when no inputFormat is given', async () => {
    const error = await expectRejection(formatDate({ value: '31/02/2026', outputFormat: 'iso' }), NonRetryableError);
    expect(error.code).toBe('INVALID_DATE');
    expect(error.message).toContain('an ISO 8601 date');
  });

  it('rejects an unknown time zone and a missing outputFormat, naming the fields, without running', async () => {
    const { connector: spied, run } = connectorWithSpiedRun('dateFormat');
    const error = await expectRejection(
      executeAction(spied, 'dateFormat', {
        input: { value: '2026-03-02', inputZone: 'Europe/Berlyn' },
        auth: undefined,
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['inputZone', 'outputFormat']);
    expect(error.message).toContain('must be an IANA time zone');
    expect(run).not.toHaveBeenCalled();
  });
});
