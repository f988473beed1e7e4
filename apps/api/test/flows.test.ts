import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, uniqueSlug, webhookFlowDefinition, type RunningApi } from './running-api';

let api: RunningApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

async function createFlow(slug: string, webhookPath = slug): Promise<{ id: string }> {
  const created = await api.request('POST', '/v1/flows', {
    slug,
    name: slug,
    definition: webhookFlowDefinition(webhookPath),
  });
  expect(created.status).toBe(201);
  return created.body;
}

describe('POST /v1/flows', () => {
  it('rejects an invalid flow with a problem document listing every invalid field by path', async () => {
    const response = await api.request('POST', '/v1/flows', {
      slug: 'Not A Slug!',
      name: 'Broken',
      definition: {
        schemaVersion: 1,
        trigger: { kind: 'webhook', path: 'broken' },
        steps: [
          { id: 'first', kind: 'teleport' },
          { id: 'second', kind: 'action', action: 'request' },
        ],
      },
    });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      type: 'https://tributary.dev/problems/invalid_flow_definition',
      code: 'invalid_flow_definition',
      status: 400,
      instance: '/v1/flows',
    });
    const paths = response.body.errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining(['slug', 'definition.steps[0].kind', 'definition.steps[1].connector']),
    );
    expect(paths).toHaveLength(3);
  });

  it('refuses a second flow with the same slug with 409', async () => {
    const slug = uniqueSlug('dup');
    const body = { slug, name: 'Dup', definition: webhookFlowDefinition(slug) };
    expect((await api.request('POST', '/v1/flows', body)).status).toBe(201);
    const again = await api.request('POST', '/v1/flows', body);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('flow_slug_taken');
  });

  it('answers an unknown flow with a 404 problem', async () => {
    const response = await api.request('GET', '/v1/flows/no-such-flow');
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('resource_not_found');
  });
});

describe('publishing', () => {
  it('creates numbered immutable versions: publishing again makes v2 and leaves v1 as it was', async () => {
    const slug = uniqueSlug('erp-to-cmms');
    const created = await api.request('POST', '/v1/flows', {
      slug,
      name: 'ERP to CMMS',
      description: 'maintenance jobs become work orders',
      definition: webhookFlowDefinition(slug),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ object: 'flow', slug, publishedVersion: null, webhookPath: null });
    expect(created.body.id).toMatch(/^flow_[0-9a-z]{26}$/);

    const v1 = await api.request('POST', `/v1/flows/${created.body.id}/publish`);
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({ object: 'flow_version', version: 1, flowId: created.body.id });
    expect(v1.body.id).toMatch(/^flv_/);
    expect(v1.body.webhookUrl).toBe(`${api.config.publicUrl}/hooks/${slug}`);

    const changed = webhookFlowDefinition(slug);
    changed.steps[0]!.input.url = 'http://127.0.0.1:9/v2/work-orders';
    const updated = await api.request('PUT', `/v1/flows/${slug}`, { name: 'ERP to CMMS v2', definition: changed });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ name: 'ERP to CMMS v2', publishedVersion: 1, webhookPath: slug });

    const v2 = await api.request('POST', `/v1/flows/${slug}/publish`);
    expect(v2.body.version).toBe(2);
    expect(v2.body.definition.steps[0].input.url).toBe('http://127.0.0.1:9/v2/work-orders');

    const v1Again = await api.request('GET', `/v1/flows/${slug}/versions/1`);
    expect(v1Again.status).toBe(200);
    expect(v1Again.body).toEqual(v1.body);

    const versions = await api.request('GET', `/v1/flows/${slug}/versions`);
    expect(versions.body).toMatchObject({ object: 'list', has_more: false, next_cursor: null });
    expect(versions.body.data.map((version: { version: number }) => version.version)).toEqual([2, 1]);

    expect((await api.request('GET', `/v1/flows/${slug}`)).body.publishedVersion).toBe(2);
  });

  it('refuses to publish a webhook path another flow already listens on', async () => {
    const path = uniqueSlug('shared');
    const first = await createFlow(uniqueSlug('first'), path);
    const second = await createFlow(uniqueSlug('second'), path);
    expect((await api.request('POST', `/v1/flows/${first.id}/publish`)).status).toBe(201);
    const conflict = await api.request('POST', `/v1/flows/${second.id}/publish`);
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ code: 'webhook_path_taken', path });
    // the refused publish left no version behind
    expect((await api.request('GET', `/v1/flows/${second.id}/versions`)).body.data).toEqual([]);
  });

  it('answers 404 for a version that was never published', async () => {
    const slug = uniqueSlug('unpublished');
    await createFlow(slug);
    expect((await api.request('GET', `/v1/flows/${slug}/versions/1`)).status).toBe(404);
    expect((await api.request('GET', `/v1/flows/${slug}/versions/zero`)).body.code).toBe('invalid_request');
  });
});

describe('GET /v1/flows', () => {
  it('pages through flows with a cursor, newest first', async () => {
    const slugs = [uniqueSlug('page'), uniqueSlug('page'), uniqueSlug('page')];
    for (const slug of slugs) await createFlow(slug);
    // Other test files share the database, so walk the pages until all three are seen.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { object: string; data: { slug: string }[]; next_cursor: string | null } } =
        await api.request('GET', `/v1/flows?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.object).toBe('list');
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data.map((flow) => flow.slug));
      cursor = page.body.next_cursor;
    } while (cursor && !slugs.every((slug) => seen.includes(slug)));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((slug) => slugs.includes(slug))).toEqual([...slugs].reverse());
  });

  it('rejects a limit out of range', async () => {
    const response = await api.request('GET', '/v1/flows?limit=1000');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].path).toBe('limit');
  });

  it('filters by a case-insensitive substring of the name or slug, and pages through the filtered list', async () => {
    const token = uniqueSlug('find').replace('find-', 'q');
    const bySlug = `${token}-pumps`;
    const byName = uniqueSlug('other');
    const unrelated = uniqueSlug('unrelated');
    const inserted = [
      await api.request('POST', '/v1/flows', {
        slug: bySlug,
        name: 'Pumps',
        definition: webhookFlowDefinition(bySlug),
      }),
      await api.request('POST', '/v1/flows', {
        slug: byName,
        name: `Valves of ${token.toUpperCase()} plant`,
        definition: webhookFlowDefinition(byName),
      }),
      await api.request('POST', '/v1/flows', {
        slug: unrelated,
        name: 'Unrelated',
        definition: webhookFlowDefinition(unrelated),
      }),
    ];
    expect(inserted.map((response) => response.status)).toEqual([201, 201, 201]);

    const all = await api.request('GET', `/v1/flows?search=${token.toUpperCase()}`);
    expect(all.status).toBe(200);
    expect(all.body.data.map((flow: { slug: string }) => flow.slug)).toEqual([byName, bySlug]);
    expect(all.body).toMatchObject({ has_more: false, next_cursor: null });

    const first = await api.request('GET', `/v1/flows?search=${token}&limit=1`);
    expect(first.body.data.map((flow: { slug: string }) => flow.slug)).toEqual([byName]);
    expect(first.body.has_more).toBe(true);
    const second = await api.request('GET', `/v1/flows?search=${token}&limit=1&cursor=${first.body.next_cursor}`);
    expect(second.body.data.map((flow: { slug: string }) => flow.slug)).toEqual([bySlug]);
    expect(second.body).toMatchObject({ has_more: false, next_cursor: null });
  });

  it('matches search text literally: "%" and "_" are not wildcards', async () => {
    const token = uniqueSlug('lit').replace('lit-', 'l');
    for (const name of [`${token} 50% rebate`, `${token} 500 rebate`, `${token} a_b`, `${token} axb`]) {
      const slug = uniqueSlug('literal');
      const created = await api.request('POST', '/v1/flows', { slug, name, definition: webhookFlowDefinition(slug) });
      expect(created.status).toBe(201);
    }
    const names = async (search: string) =>
      (await api.request('GET', `/v1/flows?search=${encodeURIComponent(search)}`)).body.data.map(
        (flow: { name: string }) => flow.name,
      );
    expect(await names(`${token} 50%`)).toEqual([`${token} 50% rebate`]);
    expect(await names(`${token} a_b`)).toEqual([`${token} a_b`]);
  });

  it('answers 400 for an empty or too long search', async () => {
    for (const search of ['%20%20', 'x'.repeat(201)]) {
      const response = await api.request('GET', `/v1/flows?search=${search}`);
      expect(response.status).toBe(400);
      expect(response.body.errors[0].path).toBe('search');
    }
  });

  it('gives every flow a lastRun, null for a flow that never ran', async () => {
    const slug = uniqueSlug('never-ran');
    await createFlow(slug);
    expect((await api.request('GET', `/v1/flows/${slug}`)).body.lastRun).toBeNull();
    const listed = await api.request('GET', `/v1/flows?search=${slug}`);
    expect(listed.body.data).toEqual([expect.objectContaining({ slug, lastRun: null })]);
  });
});
