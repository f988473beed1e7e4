import { describe, expect, it } from 'vitest';
import { readMessageBody } from './message-body';

describe('readMessageBody', () => {
  it('parses JSON bodies and falls back to text, then base64, instead of failing a poison message', () => {
    expect(readMessageBody(Buffer.from('{"celsius":71.5}'), 'json')).toEqual({
      payload: { celsius: 71.5 },
      format: 'json',
    });
    expect(readMessageBody(Buffer.from('pump 7 running'), 'json')).toEqual({
      payload: 'pump 7 running',
      format: 'text',
    });
    const binary = Buffer.from([0xff, 0xfe, 0x00, 0x01]);
    expect(readMessageBody(binary, 'json')).toEqual({ payload: binary.toString('base64'), format: 'base64' });
  });

  it('reads text as text and anything as base64 when asked', () => {
    expect(readMessageBody(Buffer.from('{"a":1}'), 'text')).toEqual({ payload: '{"a":1}', format: 'text' });
    expect(readMessageBody(Buffer.from('hi'), 'base64')).toEqual({ payload: 'aGk=', format: 'base64' });
  });
});
