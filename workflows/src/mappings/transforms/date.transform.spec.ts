import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { validateFieldMapping } from '../field-mapping';
import { compileTransform } from './compile-transform';
import { isoUtc } from './date-writer';
import { Transform } from './transform';

const date = (definition: Record<string, unknown>) =>
  compileTransform(Transform.parse({ kind: 'date', ...definition })).apply;

describe('date transform', () => {
  const erpDate = date({ from: 'dd.MM.yyyy', zone: 'Europe/Berlin' });

  it('reads an ERP date at midnight in Berlin and writes ISO UTC', () => {
    expect(erpDate('15.12.2026', {})).toBe('2026-12-14T23:00:00.000Z');
  });

  it('follows daylight saving time', () => {
    expect(erpDate('15.07.2026', {})).toBe('2026-07-14T22:00:00.000Z');
    const withTime = date({ from: 'dd.MM.yyyy HH:mm', zone: 'Europe/Berlin' });
    expect(withTime('29.03.2026 01:30', {})).toBe('2026-03-29T00:30:00.000Z');
    expect(withTime('29.03.2026 03:30', {})).toBe('2026-03-29T01:30:00.000Z');
  });

  it('resolves wall times around DST changes the same way all year', () => {
    const withTime = date({ from: 'dd.MM.yyyy HH:mm', zone: 'Europe/Berlin' });
    // 02:30 happens twice on 25 Oct 2026: the earlier one (CEST) is taken
    expect(withTime('25.10.2026 02:30', {})).toBe('2026-10-25T00:30:00.000Z');
    // 02:30 does not exist on 29 Mar 2026: it moves forward by the hour skipped
    expect(withTime('29.03.2026 02:30', {})).toBe('2026-03-29T01:30:00.000Z');
  });

  it('reads numeric formats exactly as luxon does', () => {
    const formats = [
      'dd.MM.yyyy',
      'd.M.yy',
      'yyyyMMdd',
      "yyyy-MM-dd'T'HH:mm:ss.SSS",
      'MM/dd/yyyy h',
      'dd.MM.yyyy H:m:s',
    ];
    const texts = ['05.03.2024', '5.3.24', '20240305', '2024-03-05T07:08:09.123', '03/05/2024 7', '05.03.1999 7:8:9'];
    for (const zone of ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata']) {
      for (const [index, format] of formats.entries()) {
        const text = texts[index]!;
        const expected = DateTime.fromFormat(text, format, { zone, locale: 'en-US' });
        const read = date({ from: format, zone, to: 'millis' });
        if (expected.isValid) expect(read(text, {}), `${format} in ${zone}`).toBe(expected.toMillis());
        else expect(() => read(text, {})).toThrow(expect.objectContaining({ code: 'invalid_date' }));
      }
    }
  });

  it('reads two-digit years as luxon does (above 60 is 19xx)', () => {
    const read = date({ from: 'dd.MM.yy' });
    expect(read('01.01.60', {})).toBe('2060-01-01T00:00:00.000Z');
    expect(read('01.01.61', {})).toBe('1961-01-01T00:00:00.000Z');
  });

  it('reads years before 100 without Date.UTC turning them into 19xx', () => {
    expect(date({ from: 'dd.MM.yyyy' })('01.01.0042', {})).toBe('0042-01-01T00:00:00.000Z');
  });

  it('reads month names with the given locale through luxon', () => {
    const read = date({ from: 'd. MMMM yyyy', locale: 'de-DE', zone: 'Europe/Berlin' });
    expect(read('5. März 2024', {})).toBe('2024-03-04T23:00:00.000Z');
  });

  it('fails on text that does not match a luxon format without repeating itself', () => {
    const read = date({ from: 'd. MMMM yyyy', locale: 'de-DE' });
    expect(() => read('5. Mars 2024', {})).toThrow(
      '"5. Mars 2024" is not a date in the format d. MMMM yyyy: it does not match',
    );
  });

  it('takes an offset in the text over the zone', () => {
    const read = date({ from: 'dd.MM.yyyy HH:mm ZZ', zone: 'Europe/Berlin' });
    expect(read('05.03.2024 10:00 -05:00', {})).toBe('2024-03-05T15:00:00.000Z');
  });

  it('reads ISO text, with or without an offset', () => {
    const read = date({ zone: 'Europe/Berlin' });
    expect(read('2024-03-05T10:00:00+01:00', {})).toBe('2024-03-05T09:00:00.000Z');
    expect(read('2024-03-05T10:00:00Z', {})).toBe('2024-03-05T10:00:00.000Z');
    expect(read('2024-03-05T10:00', {})).toBe('2024-03-05T09:00:00.000Z');
    expect(read('2024-03-05 10:00:00.5', {})).toBe('2024-03-05T09:00:00.500Z');
    expect(read('2024-03-05', {})).toBe('2024-03-04T23:00:00.000Z');
    expect(read('2024-W10-2T10:00:00Z', {})).toBe('2024-03-05T10:00:00.000Z');
  });

  it('reads and writes epoch milliseconds and seconds', () => {
    expect(date({})(0, {})).toBe('1970-01-01T00:00:00.000Z');
    expect(date({ from: 'seconds' })('1700000000', {})).toBe('2023-11-14T22:13:20.000Z');
    expect(date({ to: 'millis' })('2023-11-14T22:13:20.000Z', {})).toBe(1_700_000_000_000);
    expect(date({ to: 'seconds' })('2023-11-14T22:13:20.999Z', {})).toBe(1_700_000_000);
  });

  it('writes in another zone and format', () => {
    expect(date({ toZone: 'Europe/Berlin' })('2024-07-01T10:00:00Z', {})).toBe('2024-07-01T12:00:00.000+02:00');
    expect(date({ to: 'dd.MM.yyyy HH:mm', toZone: 'Europe/Berlin' })('2024-07-01T22:30:00Z', {})).toBe(
      '02.07.2024 00:30',
    );
    expect(
      date({ from: 'dd.MM.yyyy', zone: 'Europe/Berlin', to: 'yyyy-MM-dd', toZone: 'Europe/Berlin' })('05.03.2024', {}),
    ).toBe('2024-03-05');
  });

  it('fails on text that does not match the format', () => {
    expect(() => erpDate('2024-03-05', {})).toThrow(
      expect.objectContaining({
        code: 'invalid_date',
        message: '"2024-03-05" is not a date in the format dd.MM.yyyy: it does not match',
      }),
    );
  });

  it('fails on dates that do not exist', () => {
    expect(() => erpDate('31.02.2026', {})).toThrow(
      '"31.02.2026" is not a date in the format dd.MM.yyyy: it is not a valid date or time',
    );
    expect(() => erpDate('29.02.2025', {})).toThrow('is not a valid date or time');
    expect(erpDate('29.02.2024', {})).toBe('2024-02-28T23:00:00.000Z');
    expect(() => date({})('2024-13-01', {})).toThrow('"2024-13-01" is not a date in the format ISO 8601');
  });

  it('fails on values that are not dates at all', () => {
    expect(() => date({})({ at: 1 }, {})).toThrow('date needs ISO text or epoch milliseconds, got an object');
    expect(() => erpDate(20240305, {})).toThrow(expect.objectContaining({ code: 'not_a_string' }));
    expect(() => date({ from: 'millis' })(1e20, {})).toThrow('100000000000000000000 is outside the range of dates');
  });

  it('rejects unknown zones, locales and formats without a year when the mapping is defined', () => {
    const result = validateFieldMapping({
      rules: [
        { target: 'a', source: 'a', transforms: [{ kind: 'date', zone: 'Europe/Berln' }] },
        { target: 'b', source: 'b', transforms: [{ kind: 'date', from: 'HH:mm' }] },
        { target: 'c', source: 'c', transforms: [{ kind: 'date', locale: 'not a locale!' }] },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'rules[0].transforms[0].zone',
          message: 'unknown time zone "Europe/Berln" (use an IANA name like "Europe/Berlin")',
        },
        { path: 'rules[1].transforms[0].from', message: expect.stringContaining('has no year (yyyy)') },
        { path: 'rules[2].transforms[0].locale', message: 'unknown locale "not a locale!"' },
      ],
    });
  });
});

describe('isoUtc', () => {
  it('writes exactly what Date#toISOString writes', () => {
    let instant = -62_167_219_200_000 - 86_400_000 * 3;
    while (instant < 253_402_300_800_000 + 86_400_000 * 3) {
      expect(isoUtc(instant)).toBe(new Date(instant).toISOString());
      instant += 77_777_777_777; // about 2.5 years and an odd number of milliseconds
    }
    for (const edge of [0, -1, 951_782_400_000, 951_868_799_999, 4_107_542_400_000]) {
      expect(isoUtc(edge)).toBe(new Date(edge).toISOString());
    }
  });
});
