import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_CLIENT_TYPES_PATH, generateApiClientTypes } from './generate-api-client';

let generated: string;
beforeAll(async () => {
  generated = await generateApiClientTypes();
}, 60_000);

describe('the web app’s generated API types', () => {
  it('match what the API code declares today (run `npm run api:client` when this fails)', async () => {
    const committed = await readFile(API_CLIENT_TYPES_PATH, 'utf8');
    // the diff vitest prints is the change the API made since the file was generated
    expect(committed, 'apps/web/src/api/generated/tributary-api.d.ts is stale').toBe(generated);
  });

  it('include the runs operations with the access their controllers declare', () => {
    for (const path of ['/v1/runs', '/v1/runs/{id}', '/v1/runs/{id}/events', '/v1/runs/{id}/terminate']) {
      expect(generated).toContain(`'${path}': {`);
    }
    expect(generated).toMatch(/Requires the `runs:write` scope/);
    expect(generated).toMatch(/Requires the `runs:read` scope/);
  });
});
