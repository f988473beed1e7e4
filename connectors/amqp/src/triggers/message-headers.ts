import { type z } from 'zod';

type JsonValue = z.output<ReturnType<typeof z.json>>;

/** AMQP header tables may hold binary and 64-bit values; this keeps them JSON (Buffers as base64). */
export function jsonSafeHeaders(headers: Record<string, unknown>): Record<string, JsonValue> {
  return Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, jsonSafe(value)]));
}

function jsonSafe(value: unknown): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, jsonSafe(item)]));
  }
  return String(value);
}
