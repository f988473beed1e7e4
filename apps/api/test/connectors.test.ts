import { randomBytes } from 'node:crypto';
import { defineAction, defineConnector, secret } from '@tributary/connector-sdk';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { registerConnectors } from '@tributary/worker/connectors/connector-registry';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { startApi, type RunningApi } from './running-api';

let api: RunningApi;
let prisma: PrismaClient;
beforeAll(async () => {
  api = await startApi();
  prisma = createPrismaClient(inject('databaseUrl'));
});
afterAll(async () => {
  await api?.close();
  await prisma?.$disconnect();
});

const quiet = pino({ level: 'silent' });

/** A connector as a custom package would declare it, in a given version. */
function plantHistorian(name: string, version: string, withTrend: boolean) {
  const Auth = z.object({ baseUrl: z.url(), apiKey: secret(z.string().min(1)) });
  const readTag = defineAction({
    name: 'readTag',
    displayName: 'Read tag',
    auth: Auth,
    input: z.object({ tag: z.string().describe('historian tag, e.g. HAM01.P101.FLOW') }),
    output: z.object({ value: z.number() }),
    async run() {
      return { value: 1 };
    },
  });
  const readTrend = defineAction({
    name: 'readTrend',
    displayName: 'Read trend',
    auth: Auth,
    input: z.object({ tag: z.string(), minutes: z.number().int().positive() }),
    output: z.object({ points: z.array(z.number()) }),
    async run() {
      return { points: [] };
    },
  });
  return defineConnector({
    name,
    version,
    displayName: 'Plant historian',
    auth: Auth,
    actions: withTrend ? { readTag, readTrend } : { readTag },
  });
}

describe('connector catalog', () => {
  it('lists what workers registered, keeps every version, and serves each manifest', async () => {
    const name = `historian-${randomBytes(4).toString('hex')}`;
    // several workers starting at once register the same versions
    await Promise.all(
      Array.from({ length: 4 }, () =>
        registerConnectors(prisma, [plantHistorian(name, '0.9.0', false), plantHistorian(name, '0.10.0', true)], quiet),
      ),
    );
    expect(await prisma.connector.count({ where: { name } })).toBe(2);

    const list = await api.request('GET', '/v1/connectors');
    expect(list.status).toBe(200);
    expect(list.body.data).toContainEqual({
      object: 'connector',
      name,
      displayName: 'Plant historian',
      description: null,
      latestVersion: '0.10.0',
      versions: ['0.10.0', '0.9.0'],
      actions: ['readTag', 'readTrend'],
    });

    const latest = await api.request('GET', `/v1/connectors/${name}`);
    expect(latest.body.manifest.actions.readTrend.input.required).toEqual(['tag', 'minutes']);
    expect(latest.body.manifest.auth.properties.apiKey).toMatchObject({ secret: true, writeOnly: true });

    const pinned = await api.request('GET', `/v1/connectors/${name}/versions/0.9.0`);
    expect(pinned.status).toBe(200);
    expect(Object.keys(pinned.body.manifest.actions)).toEqual(['readTag']);
  });

  it('answers 404 problems for unknown connectors and versions', async () => {
    const missing = await api.request('GET', '/v1/connectors/no-such-connector');
    expect(missing.status).toBe(404);
    expect(missing.contentType).toContain('application/problem+json');
    const builtIn = await api.request('GET', '/v1/connectors/http/versions/99.0.0');
    expect(builtIn.status).toBe(404);
  });
});
