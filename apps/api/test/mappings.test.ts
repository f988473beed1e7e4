import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, uniqueSlug, type RunningApi } from './running-api';

let api: RunningApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

const jobToWorkOrder = {
  rules: [
    { target: 'workOrder.ref', source: 'jobNumber', required: true },
    {
      target: 'workOrder.priority',
      source: 'priority',
      transforms: [{ kind: 'lookup', table: { High: 1, Medium: 2, Low: 3 } }],
    },
  ],
};

describe('stored mappings', () => {
  it('stores a mapping as version 1 and adds immutable versions', async () => {
    const name = uniqueSlug('job-to-wo');
    const created = await api.request('POST', '/v1/mappings', {
      name,
      description: 'ERP job → CMMS work order',
      definition: jobToWorkOrder,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      object: 'mapping',
      name,
      description: 'ERP job → CMMS work order',
      latestVersion: 1,
      definition: jobToWorkOrder,
    });
    expect(created.body.id).toMatch(/^map_[0-9a-z]{26}$/);

    const changed = { rules: [...jobToWorkOrder.rules, { target: 'workOrder.source', value: 'erp' }] };
    const v2 = await api.request('POST', `/v1/mappings/${created.body.id}/versions`, { definition: changed });
    expect(v2.status, JSON.stringify(v2.body)).toBe(201);
    expect(v2.body).toMatchObject({ object: 'mapping_version', mappingId: created.body.id, version: 2 });
    expect(v2.body.id).toMatch(/^mpv_/);

    const latest = await api.request('GET', `/v1/mappings/${created.body.id}`);
    expect(latest.body).toMatchObject({ latestVersion: 2, definition: changed });
    expect((await api.request('GET', `/v1/mappings/${name}`)).body.id).toBe(created.body.id);

    const v1 = await api.request('GET', `/v1/mappings/${created.body.id}/versions/1`);
    expect(v1.status).toBe(200);
    expect(v1.body).toMatchObject({ version: 1, definition: jobToWorkOrder });
    expect((await api.request('GET', `/v1/mappings/${created.body.id}/versions/3`)).status).toBe(404);
  });

  it('numbers concurrent new versions without gaps or duplicates', async () => {
    const created = await api.request('POST', '/v1/mappings', { name: uniqueSlug('busy'), definition: jobToWorkOrder });
    const versions = await Promise.all(
      Array.from({ length: 5 }, () =>
        api.request('POST', `/v1/mappings/${created.body.id}/versions`, { definition: jobToWorkOrder }),
      ),
    );
    expect(versions.map((response) => response.body.version).sort()).toEqual([2, 3, 4, 5, 6]);
    expect((await api.request('GET', `/v1/mappings/${created.body.id}`)).body.latestVersion).toBe(6);
  });

  it('refuses an invalid definition with a 400 listing every problem by its JSON path', async () => {
    const response = await api.request('POST', '/v1/mappings', {
      name: '',
      definition: {
        rules: [
          { target: 'a', source: 'x', value: 1 },
          { target: 'b', expression: 'foo(' },
          { target: 'c', source: 'y', transforms: [{ kind: 'teleport' }] },
        ],
      },
    });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body.code).toBe('invalid_mapping_definition');
    const paths = response.body.errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'name',
        'definition.rules[0]',
        'definition.rules[1].expression',
        'definition.rules[2].transforms[0].kind',
      ]),
    );
  });

  it('refuses a second mapping with the same name, and answers 404 for an unknown one', async () => {
    const name = uniqueSlug('twice');
    expect((await api.request('POST', '/v1/mappings', { name, definition: jobToWorkOrder })).status).toBe(201);
    const again = await api.request('POST', '/v1/mappings', { name, definition: jobToWorkOrder });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('mapping_name_taken');
    expect((await api.request('GET', '/v1/mappings/map_00000000000000000000000000')).status).toBe(404);
  });

  it('pages through mappings with a cursor, newest first', async () => {
    const names = [uniqueSlug('page'), uniqueSlug('page'), uniqueSlug('page')];
    for (const name of names) await api.request('POST', '/v1/mappings', { name, definition: jobToWorkOrder });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { data: { name: string }[]; next_cursor: string | null } } = await api.request(
        'GET',
        `/v1/mappings?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data.map((mapping) => mapping.name));
      cursor = page.body.next_cursor;
    } while (cursor && !names.every((name) => seen.includes(name)));
    expect(seen.filter((name) => names.includes(name))).toEqual([...names].reverse());
  });
});

describe('POST /v1/mappings/preview', () => {
  it('maps every sample and reports per-field errors', async () => {
    const response = await api.request('POST', '/v1/mappings/preview', {
      definition: jobToWorkOrder,
      samples: [{ jobNumber: 'J-1', priority: 'High' }, { priority: 'Urgent' }],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const [good, bad] = response.body.results;
    expect(good).toMatchObject({ ok: true, output: { workOrder: { ref: 'J-1', priority: 1 } }, errors: [] });
    expect(bad.ok).toBe(false);
    expect(bad.errors.map((error: { path: string; code: string }) => [error.path, error.code])).toEqual([
      ['workOrder.ref', 'required'],
      ['workOrder.priority', 'lookup_no_match'],
    ]);
  });

  it('takes a single sample too', async () => {
    const response = await api.request('POST', '/v1/mappings/preview', {
      definition: jobToWorkOrder,
      sample: { jobNumber: 'J-2', priority: 'Low' },
    });
    expect(response.body.results).toHaveLength(1);
    expect(response.body.results[0].output).toEqual({ workOrder: { ref: 'J-2', priority: 3 } });
  });

  it('answers 400 with JSON paths for an invalid definition', async () => {
    const response = await api.request('POST', '/v1/mappings/preview', {
      definition: { rules: [{ target: 'a', expression: '$.(' }] },
      sample: {},
    });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('invalid_mapping_definition');
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual([
      'definition.rules[0].expression',
    ]);
  });

  it('answers 400 when neither samples nor sample is given', async () => {
    const response = await api.request('POST', '/v1/mappings/preview', { definition: jobToWorkOrder });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual(['samples']);
  });
});

describe('POST /v1/mappings/infer-schema', () => {
  it('derives a JSON Schema from a sample', async () => {
    const response = await api.request('POST', '/v1/mappings/infer-schema', {
      sample: { jobNumber: 'J-1', quantity: 3, due: '2026-12-01', lines: [{ sku: 'A' }] },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.schema).toMatchObject({
      type: 'object',
      properties: {
        jobNumber: { type: 'string' },
        quantity: { type: 'integer' },
        due: { type: 'string', format: 'date' },
        lines: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string' } } } },
      },
    });
  });

  it('merges several samples', async () => {
    const response = await api.request('POST', '/v1/mappings/infer-schema', {
      samples: [{ id: 1, note: 'x' }, { id: 2 }],
    });
    expect(response.body.schema.required).toEqual(['id']);
  });
});

describe('OpenAPI', () => {
  it('documents every mapping and run operation', async () => {
    const document = (await api.request('GET', '/openapi.json')).body;
    const operations = Object.values(document.paths as Record<string, Record<string, { operationId: string }>>)
      .flatMap((path) => Object.values(path))
      .map((operation) => operation.operationId);
    expect(operations).toEqual(
      expect.arrayContaining([
        'createMapping',
        'listMappings',
        'getMapping',
        'createMappingVersion',
        'getMappingVersion',
        'previewMapping',
        'inferMappingSchema',
        'submitRunEvent',
        'decideRunApproval',
        'cancelRun',
        'restartRun',
        'rerunRun',
        'bulkRestartRuns',
        'bulkRerunRuns',
      ]),
    );
  });
});
