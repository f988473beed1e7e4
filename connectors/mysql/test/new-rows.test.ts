import {
  InvalidInputError,
  NonRetryableError,
  pollTrigger,
  type Connector,
  type TriggerEvent,
} from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MysqlAuth } from '../src/auth';
import { NewRowPayload, type NewRowsInput } from '../src/triggers/new-rows.trigger';
import connector from '../src/index';
import { adminQuery, auth, uniqueName } from './test-database';

const table = uniqueName('my_new_rows_test');
const loaded: Connector = connector; // trigger input arrives as untyped JSON in the worker

/** An event's payload as the row it is. */
function row(event: TriggerEvent | undefined): Record<string, unknown> {
  return NewRowPayload.parse(event?.payload);
}

function poll(input: NewRowsInput, cursor: unknown, connection: MysqlAuth = auth) {
  return pollTrigger(connector, 'newRows', { input, auth: connection, cursor });
}

/** Polls until no more rows are ready, as the platform does while `hasMore` is set. */
async function drain(input: NewRowsInput, cursor: unknown): Promise<{ events: TriggerEvent[]; cursor: unknown }> {
  const events: TriggerEvent[] = [];
  for (let polls = 0; polls < 50; polls++) {
    const result = await poll(input, cursor);
    events.push(...result.events);
    cursor = result.cursor;
    if (!result.hasMore) return { events, cursor };
  }
  throw new Error('still hasMore after 50 polls');
}

/** One INSERT per row, so each row gets its own microsecond timestamp. */
async function insertTags(tags: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const tag of tags) {
    await adminQuery(`INSERT INTO ${table} (tag) VALUES (?)`, [tag]);
    const [row] = await adminQuery(`SELECT id FROM ${table} WHERE tag = ? ORDER BY id DESC LIMIT 1`, [tag]);
    ids.push(Number(row?.['id']));
  }
  return ids;
}

const byUpdatedAt: NewRowsInput = { table, cursorColumn: 'updated_at', batchSize: 2 };

beforeAll(async () => {
  await adminQuery(
    `CREATE TABLE ${table} (id INT AUTO_INCREMENT PRIMARY KEY, tag VARCHAR(50) NOT NULL, temp DECIMAL(6,2), big BIGINT,` +
      ` updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), KEY (updated_at, id))`,
  );
});
beforeEach(async () => {
  await adminQuery(`TRUNCATE TABLE ${table}`);
});
afterAll(async () => {
  await adminQuery(`DROP TABLE IF EXISTS ${table}`);
});

describe('mysql connector: newRows trigger', () => {
  it('starts from now: existing rows are not emitted, rows inserted later arrive in order over several polls', async () => {
    await insertTags(['old-1', 'old-2']);
    const first = await poll(byUpdatedAt, undefined);
    expect(first.events).toEqual([]);

    const ids = await insertTags(['a', 'b', 'c', 'd', 'e']);
    const results = [];
    let cursor = first.cursor;
    for (let i = 0; i < 3; i++) {
      const result = await poll(byUpdatedAt, cursor);
      results.push(result);
      cursor = result.cursor;
    }

    expect(results.map((result) => result.events.map((event) => row(event)['tag']))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e'],
    ]);
    expect(results.map((result) => result.hasMore)).toEqual([true, true, false]);
    const again = await poll(byUpdatedAt, cursor);
    expect(again.events).toEqual([]);
    expect(again.cursor).toEqual(cursor);
    const emitted = results.flatMap((result) => result.events);
    expect(emitted.map((event) => row(event)['id'])).toEqual(ids);
    expect(emitted[0]?.id).toMatch(new RegExp(`^${ids[0]}@\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}$`));
    expect(JSON.parse(JSON.stringify(emitted))).toEqual(emitted);
  });

  it('emits each of several rows with the same updated_at exactly once', async () => {
    const { cursor } = await poll(byUpdatedAt, undefined);
    await adminQuery(
      `INSERT INTO ${table} (tag, updated_at) VALUES ` +
        [1, 2, 3, 4, 5].map((n) => `('same-${n}', '2030-01-01 00:00:00.123456')`).join(', '),
    );

    const { events } = await drain(byUpdatedAt, cursor);

    expect(events.map((event) => row(event)['tag'])).toEqual(['same-1', 'same-2', 'same-3', 'same-4', 'same-5']);
    expect(new Set(events.map((event) => event.id)).size).toBe(5);
  });

  it('emits an updated row again, as a new event with a new id', async () => {
    const start = await poll(byUpdatedAt, undefined);
    const [id] = await insertTags(['pump-1']);
    const created = await drain(byUpdatedAt, start.cursor);

    await adminQuery(`UPDATE ${table} SET temp = 71.5, updated_at = CURRENT_TIMESTAMP(6) WHERE id = ?`, [id]);
    const updated = await drain(byUpdatedAt, created.cursor);

    expect(created.events).toHaveLength(1);
    expect(updated.events).toHaveLength(1);
    expect(updated.events[0]?.payload).toMatchObject({ id, tag: 'pump-1', temp: '71.50' });
    expect(updated.events[0]?.id).not.toBe(created.events[0]?.id);
    expect(updated.events[0]?.id).toMatch(new RegExp(`^${id}@`));
  });

  it('re-emits the same ids when polled again with an older cursor, so the platform can drop them', async () => {
    const start = await poll(byUpdatedAt, undefined);
    await insertTags(['x', 'y', 'z']);

    const once = await poll(byUpdatedAt, start.cursor);
    const again = await poll(byUpdatedAt, start.cursor); // the cursor of `once` was never stored

    expect(again.events.map((event) => event.id)).toEqual(once.events.map((event) => event.id));
    expect(again.cursor).toEqual(once.cursor);
  });

  it('survives a crash mid-stream: resuming from the last stored cursor yields exactly the inserted rows', async () => {
    const input: NewRowsInput = { ...byUpdatedAt, batchSize: 3 };
    const start = await poll(input, undefined);
    const inserted = await insertTags(Array.from({ length: 10 }, (_, n) => `row-${n}`));

    const emitted: TriggerEvent[] = [];
    const first = await poll(input, start.cursor);
    emitted.push(...first.events);
    const storedCursor = first.cursor;
    const second = await poll(input, storedCursor);
    emitted.push(...second.events); // its runs started, then the worker died before storing second.cursor

    const resumed = await drain(input, storedCursor);
    emitted.push(...resumed.events);

    const unique = new Map(emitted.map((event) => [event.id, event]));
    expect(emitted.length).toBe(13); // the second poll's three rows came twice …
    expect(unique.size).toBe(10); // … and de-duplicate by id to exactly the ten rows
    expect([...unique.values()].map((event) => Number(row(event)['id'])).sort((a, b) => a - b)).toEqual(inserted);
  });

  it('polls an AUTO_INCREMENT id from the beginning, with structured filters and chosen columns', async () => {
    await adminQuery(
      `INSERT INTO ${table} (tag, temp, big) VALUES ('P-1', 40.5, 9007199254740993), ('F-1', NULL, 1), ('P-2', 80, 2), ('P-3', 20, 3)`,
    );
    const input: NewRowsInput = {
      table,
      cursorColumn: 'id',
      startFrom: 'beginning',
      columns: ['tag', 'temp', 'big'],
      where: [
        { column: 'temp', operator: 'gte', value: 30 },
        { column: 'tag', operator: 'in', value: ['P-1', 'P-2', "x' OR '1'='1"] },
      ],
    };

    const { events, hasMore } = await poll(input, undefined);

    expect(hasMore).toBe(false);
    expect(events.map((event) => event.payload)).toEqual([
      { tag: 'P-1', temp: '40.50', big: '9007199254740993' },
      { tag: 'P-2', temp: '80.00', big: 2 },
    ]);
    // the cursor column is the key itself: ids read `<id>@<id>`
    for (const event of events) expect(event.id).toMatch(/^(\d+)@\1$/);
  });

  it('rejects invalid input naming each field, before touching the database', async () => {
    const error = await expectRejection(
      pollTrigger(loaded, 'newRows', {
        input: {
          table: 'assets; DROP TABLE assets',
          cursorColumn: 'updated at',
          where: [{ column: 'tag', operator: 'raw', value: '1=1' }],
          batchSize: 5000,
        },
        auth: { ...auth, port: 1 },
        cursor: undefined,
      }),
      InvalidInputError,
    );

    expect(error.issues.map((issue) => issue.path)).toEqual(['table', 'cursorColumn', 'where.0.operator', 'batchSize']);
  });

  it('rejects a stored cursor that is not { value, key } without querying rows', async () => {
    const error = await expectRejection(poll(byUpdatedAt, 'yesterday'), NonRetryableError);
    expect(error.code).toBe('INVALID_CURSOR');
  });

  describe('with a password login', () => {
    const SECRET = 'my-S3cret/+=&q?7';
    const WRONG = 'my-Wr0ng/+=&q?7';
    const user = uniqueName('tributary_trigger');

    beforeAll(async () => {
      await adminQuery(`CREATE USER '${user}'@'%' IDENTIFIED BY ?`, [SECRET]);
      await adminQuery(`GRANT SELECT ON test.* TO '${user}'@'%'`);
    });
    afterAll(async () => {
      await adminQuery(`DROP USER IF EXISTS '${user}'@'%'`);
    });

    it('polls with the right password', async () => {
      await insertTags(['p']);
      const { events } = await poll({ ...byUpdatedAt, startFrom: 'beginning' }, undefined, {
        ...auth,
        user,
        password: SECRET,
      });
      expect(events.map((event) => row(event)['tag'])).toEqual(['p']);
    });

    it('reports a wrong password as non-retryable AUTH_FAILED, without the password', async () => {
      const error = await expectRejection(
        poll(byUpdatedAt, undefined, { ...auth, user, password: WRONG }),
        NonRetryableError,
      );

      expect(error.code).toBe('AUTH_FAILED');
      const visible = [error.message, error.stack ?? '', JSON.stringify(error)].join('\n');
      expect(visible).not.toContain(WRONG);
      expect(visible).not.toContain(SECRET);
    });
  });
});
