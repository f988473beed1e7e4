import { checkConnection } from '@tributary/connector-sdk';
import { describe, expect, it } from 'vitest';
import connector from '../src/index';

// The machine's RabbitMQ: guest/guest on 127.0.0.1:5672.
const URL = process.env['TEST_AMQP_URL'] ?? 'amqp://127.0.0.1:5672';
const WRONG = 'wrong-guest-pw_3Zr';

describe('amqp connector: connection check', () => {
  it('logs in and opens a channel with the right credentials', async () => {
    const outcome = await checkConnection(connector, { auth: { url: URL, username: 'guest', password: 'guest' } });
    expect(outcome).toEqual({ checked: true, message: 'connected to amqp://127.0.0.1:5672/' });
  });

  it('fails with a non-retryable error that never shows the password', async () => {
    const error = await checkConnection(connector, { auth: { url: URL, username: 'guest', password: WRONG } }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ retryable: false });
    expect((error as Error).message).not.toContain(WRONG);
  });
});
