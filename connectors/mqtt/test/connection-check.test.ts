import { checkConnection } from '@tributary/connector-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import connector from '../src/index';
import { startPasswordBroker, type PasswordBroker } from './password-broker';

const USERNAME = 'tributary';
const PASSWORD = 'check-pw_4Kd!s2';
const WRONG = 'wrong-pw_8Jq!x1';

let broker: PasswordBroker | undefined;
beforeAll(async () => {
  broker = await startPasswordBroker(USERNAME, PASSWORD);
}, 30_000);
afterAll(async () => {
  await broker?.stop();
});

describe('mqtt connector: connection check', () => {
  it('connects and disconnects with the right credentials', async () => {
    const outcome = await checkConnection(connector, {
      auth: { url: broker!.url, username: USERNAME, password: PASSWORD },
    });
    expect(outcome.checked).toBe(true);
    expect(outcome.message).toContain(new URL(broker!.url).host);
  });

  it('fails with a non-retryable error that does not show the wrong password', async () => {
    const error = await checkConnection(connector, {
      auth: { url: broker!.url, username: USERNAME, password: WRONG },
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ retryable: false });
    expect(JSON.stringify({ message: (error as Error).message, stack: (error as Error).stack })).not.toContain(WRONG);
  });
});
