import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createLogger } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTributaryApi, type FakeTributaryApi } from './fake-tributary-api';
import { hasChromium, openBrowserSession, type BrowserSession } from './support/browser-session';

/**
 * Drives the real web app (Vite dev server, real proxy) in headless Chromium
 * against a real HTTP server that answers with the API's documented shapes.
 */
describe.skipIf(!hasChromium)('the web app against the API contract', () => {
  let api: FakeTributaryApi;
  let session: BrowserSession;
  let page: Page;
  let baseUrl: string;

  beforeAll(async () => {
    api = await startFakeTributaryApi();
    session = await openBrowserSession(api.url, {
      viewport: { width: 1280, height: 860 },
      viteLogger: quietProxyErrors(),
    });
    ({ page, baseUrl } = session);
  });

  afterAll(async () => {
    await session?.close();
    await api?.close().catch(() => undefined);
  });

  it('lists flows with their status, trigger, last run and webhook path', async () => {
    await page.goto(`${baseUrl}/`);
    const table = page.getByRole('table', { name: 'Flows' });
    const orders = table.locator('tr[data-flow="orders-sync"]');
    await expect.poll(() => orders.textContent()).toContain('Orders to ERP');
    expect(await orders.textContent()).toContain('Published v3');
    expect(await orders.textContent()).toContain('Webhook');
    expect(await orders.textContent()).toContain('POST /hooks/orders-sync');
    expect(await orders.getByRole('link', { name: 'Orders to ERP', exact: true }).getAttribute('href')).toBe(
      '/flows/orders-sync',
    );
    expect(await orders.getByRole('link', { name: /^Last run run_live/ }).getAttribute('href')).toBe('/runs/run_live');
    const workOrders = table.locator('tr[data-flow="work-orders"]');
    expect(await workOrders.textContent()).toContain('Draft');
    expect(await workOrders.textContent()).toContain('never ran');
    await page.getByRole('heading', { name: 'Flows' }).waitFor();
    await page.locator('.api-status-ready').waitFor();
    await page.screenshot({ path: join(tmpdir(), 'tributary-flows.png') });
  });

  it('searches flows on the server and keeps the search in the URL', async () => {
    await page.goto(`${baseUrl}/`);
    const rows = page.getByRole('table', { name: 'Flows' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByRole('searchbox', { name: 'Search flows' }).fill('cmms');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-flow')).toBe('work-orders');
    expect(api.requests).toContain('/v1/flows?limit=100&search=cmms');
    expect(new URL(page.url()).searchParams.get('search')).toBe('cmms');

    await page.getByRole('searchbox', { name: 'Search flows' }).fill('nothing-like-this');
    await page.getByText('No flow has “nothing-like-this” in its name or slug.').waitFor();
  });

  it('creates a flow from the New flow dialog and opens it in the editor', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'New flow' }).first().click();
    let dialog = page.getByRole('dialog', { name: 'New flow' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'New flow' }).first().click();
    dialog = page.getByRole('dialog', { name: 'New flow' });
    await dialog.getByLabel('Name').fill('Invoice approvals');
    expect(await dialog.getByLabel('Slug').inputValue()).toBe('invoice-approvals');
    await dialog.getByLabel('Slug').fill('Invoice approvals');
    await dialog
      .getByText('A slug may contain only lower-case letters a–z, digits and "-"; remove "I", space.')
      .waitFor();
    await page.screenshot({ path: join(tmpdir(), 'tributary-new-flow.png') });
    await dialog.getByLabel('Slug').fill('invoice-approvals');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await page.waitForURL(`${baseUrl}/flows/invoice-approvals`);

    const create = api.writes.find((write) => write.method === 'POST' && write.path === '/v1/flows');
    expect(create?.body).toEqual({
      slug: 'invoice-approvals',
      name: 'Invoice approvals',
      definition: { schemaVersion: 1, trigger: { kind: 'manual' }, steps: [], compensateOnFailure: false },
    });
    expect(create?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('duplicates a flow under a free slug and exports it as a file', async () => {
    await page.goto(`${baseUrl}/`);
    const table = page.getByRole('table', { name: 'Flows' });
    await table.locator('tr[data-flow="orders-sync"]').waitFor();
    await page.getByRole('button', { name: 'Duplicate Orders to ERP', exact: true }).click();
    await table.locator('tr[data-flow="orders-sync-copy"]').waitFor();
    await page.getByRole('button', { name: 'Duplicate Orders to ERP', exact: true }).click();
    await table.locator('tr[data-flow="orders-sync-copy-2"]').waitFor();
    expect(await table.locator('tr[data-flow="orders-sync-copy-2"]').textContent()).toContain('Orders to ERP (copy)');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export Orders to ERP', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('orders-sync.tributary.flow.json');
    const saved = await file.path();
    const document = JSON.parse(await readFile(saved, 'utf8')) as { format: string; slug: string };
    expect(document).toMatchObject({ format: 'tributary.flow', slug: 'orders-sync' });
  });

  it('imports a flow file and lists the connections missing here', async () => {
    await page.goto(`${baseUrl}/`);
    const exported = {
      format: 'tributary.flow',
      formatVersion: 1,
      slug: 'imported-flow',
      name: 'Imported flow',
      definition: { schemaVersion: 1, trigger: { kind: 'manual' }, steps: [] },
      connections: ['plant-erp', 'plant-cmms'],
      exportedFrom: { draft: true, exportedAt: '2026-01-01T00:00:00.000Z' },
    };
    const file = (text: string) => ({
      name: 'imported-flow.tributary.flow.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });

    await page.getByRole('button', { name: 'Import flow' }).first().click();
    let dialog = page.getByRole('dialog', { name: 'Import flow' });
    await dialog.getByLabel('Flow file (.json)').setInputFiles(file('{"format":'));
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByText(/^The file is not valid JSON/).waitFor();

    await dialog.getByLabel('Flow file (.json)').setInputFiles(file(JSON.stringify(exported)));
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: 'Imported Imported flow' }).waitFor();
    expect(await dialog.textContent()).toContain('plant-cmms');
    expect(await dialog.textContent()).not.toContain('plant-erp');
    await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
    await page.locator('tr[data-flow="imported-flow"]').waitFor();

    await page.getByRole('button', { name: 'Import flow' }).first().click();
    dialog = page.getByRole('dialog', { name: 'Import flow' });
    await dialog.getByLabel('Flow file (.json)').setInputFiles(file(JSON.stringify(exported)));
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Flow slug already in use');
    await dialog.getByRole('button', { name: 'Replace the existing draft' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Replaced the draft of Imported flow' }).waitFor();
    const imports = api.writes.filter((write) => write.path === '/v1/flows/import');
    expect(imports.map((write) => (write.body as { overwrite: boolean }).overwrite)).toEqual([false, false, true]);
    expect(imports.every((write) => (write.body as { publish: boolean }).publish === false)).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('filters runs by status through the URL and the API query', async () => {
    await page.goto(`${baseUrl}/runs`);
    const rows = page.getByRole('table', { name: 'Runs' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);

    await page.getByLabel('Status').selectOption('failed');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-run')).toBe('run_failed');
    expect(new URL(page.url()).searchParams.get('status')).toBe('failed');
    expect(api.requests).toContain('/v1/runs?status=failed&limit=50');
  });

  it('filters runs by flow, trigger, version and start time, and shows draft test runs as "draft"', async () => {
    await page.goto(`${baseUrl}/runs`);
    const rows = page.getByRole('table', { name: 'Runs' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);

    await page.getByLabel('Flow').selectOption({ label: 'Orders to ERP' });
    await page.getByLabel('Trigger').selectOption('test');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-run')).toBe('run_draft');
    expect(await rows.first().textContent()).toContain('draft');
    expect(api.requests).toContain('/v1/runs?flow=orders-sync&trigger=test&limit=50');

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByLabel('Version').fill('3');
    await expect.poll(() => rows.count()).toBe(3);

    const halfAnHourAgo = new Date(Date.now() - 30 * 60_000);
    await page.getByLabel('Started after').fill(localInputValue(halfAnHourAgo));
    await expect.poll(() => rows.count()).toBe(2);
    const startedAfter = new URL(page.url()).searchParams.get('startedAfter') ?? '';
    expect(startedAfter).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00[+-]\d\d:\d\d$/);
    expect(Math.abs(Date.parse(startedAfter) - halfAnHourAgo.getTime())).toBeLessThan(60_000);
  });

  it('pages through runs with the API cursor', async () => {
    api.setRunPageLimit(3);
    try {
      await page.goto(`${baseUrl}/runs`);
      const rows = page.getByRole('table', { name: 'Runs' }).locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(3);
      await page.getByRole('button', { name: 'Next page' }).click();
      await expect.poll(() => rows.count()).toBe(1);
      expect(api.requests).toContain('/v1/runs?limit=50&cursor=offset-3');
      expect(await page.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
      await page.getByRole('button', { name: 'Previous page' }).click();
      await expect.poll(() => rows.count()).toBe(3);
    } finally {
      api.setRunPageLimit(undefined);
    }
  });

  it('shows a run as a nested step timeline and retries it from the failed step', async () => {
    await page.goto(`${baseUrl}/runs`);
    await page.getByRole('link', { name: 'run_failed' }).click();
    await page.waitForURL(`${baseUrl}/runs/run_failed`);
    await page.getByRole('heading', { level: 1, name: /run_failed/ }).waitFor();

    const timeline = page.getByRole('list', { name: 'Step timeline' });
    await expect.poll(() => timeline.locator('li').count()).toBe(4);
    const fetchStep = timeline.locator('li[data-step="fetch_order"]');
    expect(await fetchStep.locator('.badge').textContent()).toBe('succeeded');
    expect(await fetchStep.getByLabel('fetch_order output').textContent()).toContain('"sku": "PUMP-7"');
    const failedStep = timeline.locator('li[data-step="create_invoice"]');
    expect(await failedStep.getAttribute('data-depth')).toBe('1');
    expect(await failedStep.textContent()).toContain('erp_rejected');
    expect(await failedStep.textContent()).toContain('customer C-77 is blocked');
    expect(await failedStep.textContent()).toContain('3 attempts');
    expect(await timeline.locator('li[data-step="notify_sales"] .badge').textContent()).toBe('skipped');
    expect(await page.getByText('Run failed: step_failed').isVisible()).toBe(true);

    const temporalLink = page.getByRole('link', { name: 'Open in Temporal UI' });
    expect(await temporalLink.getAttribute('href')).toBe(
      'http://127.0.0.1:8233/namespaces/default/workflows/flow-orders-sync-run_failed/0195-run_failed/history',
    );
    expect(await temporalLink.getAttribute('target')).toBe('_blank');
    await page.screenshot({ path: join(tmpdir(), 'tributary-run-detail.png'), fullPage: true });

    await page.getByRole('button', { name: 'Retry from failed step' }).click();
    await page.waitForURL(`${baseUrl}/runs/run_failed_restart`);
    const restart = api.writes.find((write) => write.path === '/v1/runs/run_failed/restart');
    // the failure is inside the forEach block; the API restarts from top-level steps
    expect(restart?.body).toEqual({ version: 'original', fromStepId: 'each_line' });
    expect(restart?.idempotencyKey).toBeDefined();
    await page.getByText('Restarted from step').waitFor();
    expect(await page.getByRole('link', { name: 'run_failed', exact: true }).getAttribute('href')).toBe(
      '/runs/run_failed',
    );
  });

  it('follows a running run live, approves its waiting step and cancels it', async () => {
    await page.goto(`${baseUrl}/runs/run_live`);
    const timeline = page.getByRole('list', { name: 'Step timeline' });
    const approval = timeline.locator('li[data-step="approve_discount"]');
    await approval.getByText('Grant 15 % discount on A-1002?').waitFor();
    await expect.poll(() => api.requests.includes('/v1/runs/run_live/events')).toBe(true);

    // polling stops while the stream is connected, so this change can only arrive over it
    api.setStep('run_live', 'fetch_order', { attempts: 2 });
    await expect.poll(() => timeline.locator('li[data-step="fetch_order"]').textContent()).toContain('2 attempts');

    await approval.getByLabel('Comment').fill('Key account, fine');
    await approval.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => approval.getAttribute('data-status')).toBe('succeeded');
    expect(await approval.getByLabel('approve_discount output').textContent()).toContain('"decision": "approved"');
    const decision = api.writes.find((write) => write.path === '/v1/runs/run_live/approvals');
    expect(decision?.body).toEqual({ stepId: 'approve_discount', decision: 'approve', comment: 'Key account, fine' });

    await page.getByRole('button', { name: 'Cancel run' }).click();
    const confirm = page.getByRole('dialog', { name: 'Cancel run' });
    await confirm.getByRole('button', { name: 'Cancel the run' }).click();
    await page.getByRole('status').filter({ hasText: 'Cancellation requested' }).waitFor();
    expect(api.writes.some((write) => write.path === '/v1/runs/run_live/cancel')).toBe(true);
  });

  it('refreshes the runs table by itself while a run is running', async () => {
    await page.goto(`${baseUrl}/runs`);
    const liveBadge = page.locator('tr[data-run="run_live"] .badge');
    await expect.poll(() => liveBadge.textContent()).toBe('running');

    api.setRunStatus('run_live', 'completed');
    await expect.poll(() => liveBadge.textContent(), { timeout: 6_000 }).toBe('completed');
  });

  it('shows a draft test run without a Temporal link and re-runs it', async () => {
    await page.goto(`${baseUrl}/runs/run_draft`);
    await page.getByText('No Temporal UI is configured').waitFor();
    expect(await page.getByRole('region', { name: 'Run overview' }).textContent()).toContain('draft');
    await page.getByRole('button', { name: 'Re-run' }).click();
    await page.waitForURL(`${baseUrl}/runs/run_draft_rerun`);
    await page.getByText('Re-run of').waitFor();
  });

  it("shows the API's problem title and detail when a run does not exist", async () => {
    await page.goto(`${baseUrl}/runs/run_missing`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Run not found');
    expect(await alert.textContent()).toContain('No run has the id run_missing.');
    expect(await alert.textContent()).toContain('HTTP 404');
  });

  it('shows field errors of a rejected query', async () => {
    await page.goto(`${baseUrl}/runs?status=bogus`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Invalid query parameters');
    expect(await alert.textContent()).toContain('status');
    expect(await alert.textContent()).toContain('must be one of running');
  });

  it('deletes a flow with running runs only when asked to delete it anyway', async () => {
    api.setRunStatus('run_live', 'running', null);
    await page.goto(`${baseUrl}/`);
    await page.locator('tr[data-flow="orders-sync"]').waitFor();
    await page.getByRole('button', { name: 'Delete Orders to ERP', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete flow' });
    expect(await dialog.textContent()).toContain('Its triggers stop at once');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('Flow has running runs');
    await dialog.getByRole('button', { name: 'Delete anyway' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('tr[data-flow="orders-sync"]').count()).toBe(0);
    const deletes = api.writes.filter((write) => write.method === 'DELETE').map((write) => write.path);
    expect(deletes).toEqual(['/v1/flows/orders-sync', '/v1/flows/orders-sync?force=true']);
  });

  it('tells the user when the API cannot be reached', async () => {
    await page.goto(`${baseUrl}/runs`);
    await page.locator('tr[data-run="run_done"]').waitFor();
    await page.screenshot({ path: join(tmpdir(), 'tributary-runs.png') });

    await api.close();
    await page.goto(`${baseUrl}/`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Cannot reach the Tributary API');
    await page.getByRole('button', { name: 'Try again' }).waitFor();
  });
});

/** What a datetime-local input takes: local wall-clock time to the minute. */
function localInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The last test stops the API on purpose; its expected proxy errors would only bury real warnings. */
function quietProxyErrors() {
  const logger = createLogger('warn');
  const error = logger.error.bind(logger);
  logger.error = (message, options) => {
    if (!message.includes('http proxy error')) error(message, options);
  };
  return logger;
}
