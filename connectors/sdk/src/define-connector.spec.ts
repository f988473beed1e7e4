import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { defineAction } from './define-action';
import { defineConnector } from './define-connector';
import { InvalidDefinitionError } from './errors';

const TokenAuth = z.object({ token: z.string() });
const KeyAuth = z.object({ key: z.string() });

const ping = defineAction({
  name: 'ping',
  displayName: 'Ping',
  auth: TokenAuth,
  input: z.object({ message: z.string().default('hi') }),
  output: z.object({ echoed: z.string() }),
  async run(ctx, input) {
    expectTypeOf(ctx.auth).toEqualTypeOf<{ token: string }>();
    expectTypeOf(input).toEqualTypeOf<{ message: string }>();
    return { echoed: input.message };
  },
});

describe('defineConnector', () => {
  it('accepts actions typed for its auth schema, and actions that do not use auth', () => {
    const health = defineAction({
      name: 'health',
      displayName: 'Health',
      input: z.object({}),
      output: z.object({}),
      run: async () => ({}),
    });
    const connector = defineConnector({
      name: 'pinger',
      version: '1.0.0',
      displayName: 'Pinger',
      auth: TokenAuth,
      actions: { ping, health },
    });
    expect(Object.keys(connector.actions)).toEqual(['ping', 'health']);
  });

  it('does not compile when an action expects another auth schema', () => {
    expect(() =>
      // @ts-expect-error ping needs { token }, this connector provides { key }
      defineConnector({ name: 'keyed', version: '1.0.0', displayName: 'Keyed', auth: KeyAuth, actions: { ping } }),
    ).not.toThrow();
  });

  it('refuses an action listed under a key that is not its name', () => {
    expect(() =>
      defineConnector({
        name: 'pinger',
        version: '1.0.0',
        displayName: 'Pinger',
        auth: TokenAuth,
        actions: { pong: ping },
      }),
    ).toThrow(InvalidDefinitionError);
  });

  it('refuses malformed names and versions', () => {
    expect(() =>
      defineConnector({ name: 'Pinger', version: '1.0.0', displayName: 'P', auth: TokenAuth, actions: {} }),
    ).toThrow(/lower-case/);
    expect(() =>
      defineConnector({ name: 'pinger', version: 'v1', displayName: 'P', auth: TokenAuth, actions: {} }),
    ).toThrow(/semantic version/);
    expect(() =>
      defineAction({
        name: 'send message',
        displayName: 'Send',
        input: z.object({}),
        output: z.object({}),
        run: async () => ({}),
      }),
    ).toThrow(/must start with a letter/);
  });
});
