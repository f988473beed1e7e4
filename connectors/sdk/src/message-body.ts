import { z } from 'zod';

/** How a subscription trigger reads message bodies; brokers carry bytes, flows want JSON. */
export const MessageBodyFormat = z
  .enum(['json', 'text', 'base64'])
  .describe(
    'How to read message bodies: JSON (falls back to text, then base64, if a body is not JSON), UTF-8 text, or base64',
  );
export type MessageBodyFormat = z.output<typeof MessageBodyFormat>;

type JsonValue = z.output<ReturnType<typeof z.json>>;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a message body in the configured format. A body that is not what
 * `json` or `text` expects is not an error: a poison message would otherwise
 * come back forever (it is redelivered until acknowledged). It arrives with the
 * format it could be read in, and the flow can branch on `format`.
 *
 * @example
 * readMessageBody(Buffer.from('{"celsius":71}'), 'json'); // { payload: { celsius: 71 }, format: 'json' }
 * readMessageBody(Buffer.from('ok'), 'json'); // { payload: 'ok', format: 'text' }
 */
export function readMessageBody(
  body: Uint8Array,
  format: MessageBodyFormat,
): { payload: JsonValue; format: MessageBodyFormat } {
  const bytes = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (format === 'base64') return { payload: bytes.toString('base64'), format };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { payload: bytes.toString('base64'), format: 'base64' };
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
