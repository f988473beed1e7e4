import { secret } from '@tributary/connector-sdk';
import { z } from 'zod';

/**
 * How a connection reaches a RabbitMQ (AMQP 0-9-1) broker. The URL names the
 * broker and the virtual host only; the credentials are separate fields so the
 * password is stored, shown and redacted as a secret, never as part of a URL.
 */
export const AmqpAuth = z
  .object({
    url: z
      .url({ protocol: /^amqps?$/ })
      .describe(
        'Broker and virtual host, e.g. amqps://rabbit.example.com/plant-ham (no path: vhost "/", "%2F" encodes "/")',
      ),
    username: z.string().min(1),
    password: secret(z.string().min(1)),
  })
  .refine((auth) => new URL(auth.url).username === '' && new URL(auth.url).password === '', {
    path: ['url'],
    message: 'must not contain credentials: use the username and password fields',
  });
export type AmqpAuth = z.output<typeof AmqpAuth>;
/** A connection as stored. */
export type AmqpConnection = z.input<typeof AmqpAuth>;
