import { z } from 'zod';

export const PayloadFormat = z
  .enum(['json', 'text', 'base64'])
  .describe(
    'How to read message bodies: JSON (falls back to text, then base64, if a body is not JSON), UTF-8 text, or base64',
  );
export type PayloadFormat = z.output<typeof PayloadFormat>;

type JsonValue = z.output<ReturnType<typeof z.json>>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a body in the configured format. A body that is not what `json` or
 * `text` expects is not an error: requeued, such a poison message would come
 * back forever. It arrives with the format it could be read in, and the flow
 * can branch on `format`.
 */
export function readBody(body: Buffer, format: PayloadFormat): { payload: JsonValue; format: PayloadFormat } {
  if (format === 'base64') return { payload: body.toString('base64'), format };
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { payload: body.toString('base64'), format: 'base64' };
  }
  if (format === 'json') {
    try {
      return { payload: z.json().parse(JSON.parse(text)), format: 'json' };
    } catch {
      // not JSON: fall through to text
    }
  }
  return { payload: text, format: 'text' };
}

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
