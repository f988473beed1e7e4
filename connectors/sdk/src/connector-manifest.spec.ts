import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { connectorManifest } from './connector-manifest';
import { defineAction } from './define-action';
import { defineConnector } from './define-connector';
import { secret } from './secret-fields';

const Auth = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bearer'), token: secret(z.string()).describe('API token') }),
  z.object({ type: z.literal('basic'), username: z.string(), password: secret(z.string()) }),
]);

const listItems = defineAction({
  name: 'listItems',
  displayName: 'List items',
  description: 'Lists the items of a catalogue',
  auth: Auth,
  input: z.object({ catalogue: z.string(), pageSize: z.number().int().default(50) }),
  output: z.object({ items: z.array(z.object({ id: z.string() })) }),
  run: async () => ({ items: [] }),
});

const connector = defineConnector({
  name: 'catalogue',
  version: '2.1.0',
  displayName: 'Catalogue',
  description: 'Items and prices',
  auth: Auth,
  actions: { listItems },
});

describe('connectorManifest', () => {
  const manifest = connectorManifest(connector);

  it('describes the connector and each action by name', () => {
    expect(manifest).toMatchObject({
      name: 'catalogue',
      version: '2.1.0',
      displayName: 'Catalogue',
      description: 'Items and prices',
      actions: { listItems: { displayName: 'List items', description: 'Lists the items of a catalogue' } },
    });
  });

  it('marks secret connection fields in the auth JSON Schema, in every union branch', () => {
    const [bearer, basic] = manifest.auth.oneOf ?? [];
    expect(bearer?.properties?.token).toMatchObject({
      type: 'string',
      secret: true,
      writeOnly: true,
      description: 'API token',
    });
    expect(basic?.properties?.password).toMatchObject({ secret: true, writeOnly: true });
    expect(basic?.properties?.username).not.toHaveProperty('secret');
  });

  it('lists fields with defaults as optional in the input schema and present in the output schema', () => {
    const input = manifest.actions.listItems?.input;
    expect(input?.required).toEqual(['catalogue']);
    expect(input?.properties?.pageSize).toMatchObject({ type: 'integer', default: 50 });
    expect(manifest.actions.listItems?.output.properties?.items).toMatchObject({ type: 'array' });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
  });

  it('refuses a schema that JSON Schema cannot describe, naming the problem', () => {
    const dated = defineAction({
      name: 'dated',
      displayName: 'Dated',
      input: z.object({ at: z.date() }),
      output: z.object({}),
      run: async () => ({}),
    });
    const broken = defineConnector({
      name: 'dated',
      version: '1.0.0',
      displayName: 'Dated',
      auth: z.object({}),
      actions: { dated },
    });
    expect(() => connectorManifest(broken)).toThrow(/Date cannot be represented in JSON Schema/);
  });
});
