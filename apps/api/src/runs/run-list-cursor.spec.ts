import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../validation/invalid-request.error';
import { runListCursor } from './run-list-cursor';

const token = new Uint8Array([0, 1, 2, 250, 251, 252]);
const query = 'WorkflowType = "runFlow" AND TributaryFlow = "orders"';

describe('runListCursor', () => {
  it('gives back the page token it wrapped for the same query', () => {
    const cursor = runListCursor.encode(token, query);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{16}$/);
    expect([...runListCursor.decode(cursor, query)]).toEqual([...token]);
  });

  it('refuses a cursor used with other filters, naming the cursor parameter', () => {
    const cursor = runListCursor.encode(token, query);
    const decode = () => runListCursor.decode(cursor, `${query} AND ExecutionStatus = "Failed"`);
    expect(decode).toThrow(InvalidRequestError);
    expect(decode).toThrow(/other filters/);
  });

  it('refuses something that is not a cursor', () => {
    for (const cursor of ['run_01ABC', '.abc', 'a b.c', 'abc.']) {
      expect(() => runListCursor.decode(cursor, query), cursor).toThrow(InvalidRequestError);
    }
  });
});
