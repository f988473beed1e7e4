import { randomUUID } from 'node:crypto';
import { executeAction, NonRetryableError } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import connector from '../src/index';
import { startPasswordBroker, type PasswordBroker } from './password-broker';

// The machine's Mosquitto on 1883 is anonymous: a second, real Mosquitto that only lets this user in.
const USERNAME = 'tributary';
const PASSWORD = 'broker-pw_7Qx!s9';

let broker: PasswordBroker | undefined;
beforeAll(async () => {
  broker = await startPasswordBroker(USERNAME, PASSWORD);
}, 30_000);
afterAll(async () => {
  await broker?.stop();
});

function publish(auth: { username: string; password: string }) {
  return executeAction(connector, 'publish', {
    input: { topic: `tributary-test/${randomUUID()}`, payload: { ok: true }, timeoutMs: 5_000 },
    auth: { url: broker!.url, clientIdPrefix: 'test', ...auth },
    idempotencyKey: 'run_test:step_mqtt',
  });
}

describe('mqtt connector: publish to a broker that requires a password', () => {
  it('publishes with the right username and password', async () => {
    const output = await publish({ username: USERNAME, password: PASSWORD });
    expect(output).toMatchObject({ qos: 1, messageId: expect.any(Number) });
  });

  it('reports a wrong password as non-retryable ACCESS_REFUSED, without the password', async () => {
    const wrong = `${PASSWORD}-wrong`;
    const error = await expectRejection(publish({ username: USERNAME, password: wrong }), NonRetryableError);

    expect(error.code).toBe('ACCESS_REFUSED');
    // Mosquitto 2 answers a wrong password with CONNACK 5, "not authorized".
    expect(error.message).toBe(`MQTT broker ${broker!.url} refused the connection: not authorized`);
    expect([error.message, error.stack ?? '', JSON.stringify(error)].join('\n')).not.toContain(wrong);
  });
});
