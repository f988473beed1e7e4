import { secret } from '@tributary/connector-sdk';
import { z } from 'zod';

/**
 * How a connection reaches an MQTT broker. Username and password are optional
 * (anonymous brokers); `ca`, `cert` and `key` are PEM strings for brokers that
 * use a private CA or require a client certificate (mutual TLS, `mqtts://` only).
 */
export const MqttAuth = z
  .object({
    url: z
      .url({ protocol: /^mqtts?$/ })
      .describe('Broker URL, e.g. mqtts://broker.example.com:8883 (port defaults to 1883 / 8883)'),
    username: z.string().min(1).optional(),
    password: secret(z.string()).optional(),
    clientIdPrefix: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,32}$/, 'must be 1–32 letters, digits, "_" or "-"')
      .default('tributary')
      .describe('Each publish connects with a client id of this prefix and a random suffix'),
    ca: secret(z.string().min(1))
      .optional()
      .describe('PEM certificate(s) of the CA that signed the broker certificate'),
    cert: secret(z.string().min(1)).optional().describe('PEM client certificate for mutual TLS'),
    key: secret(z.string().min(1)).optional().describe('PEM private key of the client certificate'),
  })
  .refine((auth) => new URL(auth.url).username === '' && new URL(auth.url).password === '', {
    path: ['url'],
    message: 'must not contain credentials: use the username and password fields',
  })
  .refine((auth) => (auth.cert === undefined) === (auth.key === undefined), {
    path: ['key'],
    message: 'cert and key must be given together',
  })
  .refine((auth) => auth.url.startsWith('mqtts:') || (auth.ca ?? auth.cert ?? auth.key) === undefined, {
    path: ['url'],
    message: 'must use mqtts:// when certificates are given',
  });
export type MqttAuth = z.output<typeof MqttAuth>;
/** A connection as stored (defaults not yet applied). */
export type MqttConnection = z.input<typeof MqttAuth>;
