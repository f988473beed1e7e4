import { describe, expect, it } from 'vitest';
import { rememberedTestPayload, rememberTestPayload, type TextStorage } from './test-payload-memory';

function memoryStorage(): TextStorage {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('test payload memory', () => {
  it('keeps the payload text per flow', () => {
    const storage = memoryStorage();
    rememberTestPayload(storage, 'orders', '{ "body": 1 }');
    rememberTestPayload(storage, 'invoices', '{}');
    expect(rememberedTestPayload(storage, 'orders')).toBe('{ "body": 1 }');
    expect(rememberedTestPayload(storage, 'invoices')).toBe('{}');
    expect(rememberedTestPayload(storage, 'other')).toBeNull();
  });

  it('forgets quietly when the storage refuses', () => {
    const broken: TextStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(() => rememberTestPayload(broken, 'orders', '{}')).not.toThrow();
    expect(rememberedTestPayload(broken, 'orders')).toBeNull();
    expect(rememberedTestPayload(undefined, 'orders')).toBeNull();
  });
});
