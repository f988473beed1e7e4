import { describe, expect, it } from 'vitest';
import { ListQuery, toListPage } from './list-page';

const rows = [{ id: 'c' }, { id: 'b' }, { id: 'a' }];

describe('toListPage', () => {
  it('uses the extra fetched row only to say there is more, and points the cursor at the last item', () => {
    expect(toListPage(rows, 2, (row) => row.id)).toEqual({
      object: 'list',
      data: ['c', 'b'],
      has_more: true,
      next_cursor: 'b',
    });
  });

  it('ends the list with a null cursor', () => {
    expect(toListPage(rows, 3, (row) => row.id)).toEqual({
      object: 'list',
      data: ['c', 'b', 'a'],
      has_more: false,
      next_cursor: null,
    });
  });
});

describe('ListQuery', () => {
  it('defaults the limit to 20 and reads numbers from the query string', () => {
    expect(ListQuery.parse({})).toEqual({ limit: 20 });
    expect(ListQuery.parse({ limit: '5', cursor: 'flow_x' })).toEqual({ limit: 5, cursor: 'flow_x' });
  });

  it('refuses limits outside 1–100', () => {
    expect(ListQuery.safeParse({ limit: '0' }).success).toBe(false);
    expect(ListQuery.safeParse({ limit: '101' }).success).toBe(false);
  });
});
