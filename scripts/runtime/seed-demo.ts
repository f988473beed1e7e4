import { readFile } from 'node:fs/promises';

/**
 * Seeds the canonical scenario through the public API, exactly as a user
 * would: two connections (CMMS, ERP) and the ERP → CMMS flow, published.
 * Safe to run on every start: what exists already is left as it is.
 */
export interface SeedOptions {
  apiUrl: string;
  /** an API key with `admin` (or `flows:write` and `connections:write`), e.g. ADMIN_API_KEY */
  apiKey: string;
  flowFile: string;
  erp: { url: string; apiKey: string };
  cmms: { url: string; apiKey: string };
}

export async function seedDemo(options: SeedOptions): Promise<{ flowSlug: string; webhookPath: string }> {
  await createUnlessExists(options, '/v1/connections', {
    name: 'cmms',
    connector: 'http',
    config: { type: 'apiKey', in: 'header', name: 'X-API-Key', baseUrl: options.cmms.url },
    secrets: { value: options.cmms.apiKey },
  });
  await createUnlessExists(options, '/v1/connections', {
    name: 'erp',
    connector: 'http',
    config: { type: 'apiKey', in: 'header', name: 'X-API-Key', baseUrl: options.erp.url },
    secrets: { value: options.erp.apiKey },
  });

  const flow = JSON.parse(await readFile(options.flowFile, 'utf8')) as {
    slug: string;
    definition: { trigger: { path: string } };
  };
  await createUnlessExists(options, '/v1/flows', flow);
  const current = await api<{ id: string; publishedVersion: number | null }>(options, 'GET', `/v1/flows/${flow.slug}`);
  if (current.publishedVersion === null) {
    await api(options, 'POST', `/v1/flows/${current.id}/publish`, {});
  }
  return { flowSlug: flow.slug, webhookPath: flow.definition.trigger.path };
}

type ApiTarget = Pick<SeedOptions, 'apiUrl' | 'apiKey'>;

async function createUnlessExists(target: ApiTarget, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${target.apiUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.apiKey}` },
    body: JSON.stringify(body),
  });
  if (response.ok || response.status === 409) return;
  throw new Error(`seeding ${path} failed: ${response.status} ${await response.text()}`);
}

async function api<T>(target: ApiTarget, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${target.apiUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${target.apiKey}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
