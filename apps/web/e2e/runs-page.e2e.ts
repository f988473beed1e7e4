import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createLogger, createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebViteConfig } from '../vite.config';
import { startFakeTributaryApi, type FakeTributaryApi } from './fake-tributary-api';

/**
 * Drives the real web app (Vite dev server, real proxy) in headless Chromium
 * against a real HTTP server that answers with the API's documented shapes.
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`web e2e skipped: ${CHROMIUM} is missing (install it with: apt-get install -y chromium)`);
}

describe.skipIf(!hasChromium)('the web app against the API contract', () => {
  let api: FakeTributaryApi;
  let vite: ViteDevServer;
  let browser: BrowserContext;
  let page: Page;
  let baseUrl: string;
  const scratch: string[] = [];

  beforeAll(async () => {
    api = await startFakeTributaryApi();

    const cacheDir = await mkdtemp(join(tmpdir(), 'tributary-web-vite-'));
    scratch.push(cacheDir);
    const config = createWebViteConfig(api.url);
    vite = await createServer({
      ...config,
      configFile: false,
      cacheDir,
      customLogger: quietProxyErrors(),
      clearScreen: false,
      server: { ...config.server, port: 0, strictPort: false, hmr: false },
    });
    await vite.listen();
    const address = vite.httpServer?.address();
    if (!address || typeof address === 'string') throw new Error('the Vite dev server has no TCP address');
    baseUrl = `http://127.0.0.1:${address.port}`;

    const userDataDir = await mkdtemp(join(tmpdir(), 'tributary-web-chromium-'));
    scratch.push(userDataDir);
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 860 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.setDefaultTimeout(20_000);
  });

  afterAll(async () => {
    await browser?.close();
    await vite?.close();
    await api?.close().catch(() => undefined);
    await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('lists flows with their published version and webhook path', async () => {
    await page.goto(`${baseUrl}/`);
    const table = page.getByRole('table', { name: 'Flows' });
    const orders = table.locator('tr[data-flow="orders-sync"]');
    await expect.poll(() => orders.textContent()).toContain('Orders to ERP');
    expect(await orders.textContent()).toContain('v3');
    expect(await orders.textContent()).toContain('POST /hooks/orders-sync');
    expect(await table.locator('tr[data-flow="work-orders"]').textContent()).toContain('draft only');
    await page.getByRole('heading', { name: 'Flows' }).waitFor();
    await page.locator('.api-status-ready').waitFor();
    await page.screenshot({ path: join(tmpdir(), 'tributary-flows.png') });
  });

  it('filters runs by status through the URL and the API query', async () => {
    await page.goto(`${baseUrl}/runs`);
    const rows = page.getByRole('table', { name: 'Runs' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);

    await page.getByLabel('Status').selectOption('failed');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-run')).toBe('run_failed');
    expect(new URL(page.url()).searchParams.get('status')).toBe('failed');
    expect(api.requests).toContain('/v1/runs?status=failed&limit=50');
  });

  it('refreshes the runs table by itself when a run changes', async () => {
    await page.goto(`${baseUrl}/runs`);
    const liveBadge = page.locator('tr[data-run="run_live"] .badge');
    await expect.poll(() => liveBadge.textContent()).toBe('running');

    api.setRunStatus('run_live', 'completed');
    await expect.poll(() => liveBadge.textContent(), { timeout: 6_000 }).toBe('completed');
  });

  it('shows a run as a step timeline with outputs, errors and a Temporal UI link', async () => {
    await page.goto(`${baseUrl}/runs`);
    await page.getByRole('link', { name: 'run_failed' }).click();
    await page.waitForURL(`${baseUrl}/runs/run_failed`);

    const timeline = page.getByRole('list', { name: 'Step timeline' });
    await expect.poll(() => timeline.locator('li').count()).toBe(3);
    const fetchStep = timeline.locator('li[data-step="fetch_order"]');
    expect(await fetchStep.locator('.badge').textContent()).toBe('succeeded');
    expect(await fetchStep.getByLabel('fetch_order output').textContent()).toContain('"sku": "PUMP-7"');
    const failedStep = timeline.locator('li[data-step="create_invoice"]');
    expect(await failedStep.textContent()).toContain('erp_rejected');
    expect(await failedStep.textContent()).toContain('customer C-77 is blocked');
    expect(await failedStep.textContent()).toContain('3 attempts');
    expect(await timeline.locator('li[data-step="notify_sales"] .badge').textContent()).toBe('skipped');
    expect(await page.getByText('Run failed: step_failed').isVisible()).toBe(true);

    const temporalLink = page.getByRole('link', { name: /Open in Temporal UI/ });
    expect(await temporalLink.getAttribute('href')).toBe(
      'http://127.0.0.1:8233/namespaces/default/workflows/flow-orders-sync-run_failed/0195-run_failed/history',
    );
    await page.screenshot({ path: join(tmpdir(), 'tributary-run-detail.png'), fullPage: true });
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

  it('tells the user when the API cannot be reached', async () => {
    await page.goto(`${baseUrl}/runs`);
    await page.locator('tr[data-run="run_done"]').waitFor();
    await page.screenshot({ path: join(tmpdir(), 'tributary-runs.png') });

    await api.close();
    await page.goto(`${baseUrl}/`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Cannot reach the Tributary API');
    await page.locator('.api-status-unreachable').waitFor();
  });
});

/** The last test stops the API on purpose; its expected proxy errors would only bury real warnings. */
function quietProxyErrors() {
  const logger = createLogger('warn');
  const error = logger.error.bind(logger);
  logger.error = (message, options) => {
    if (!message.includes('http proxy error')) error(message, options);
  };
  return logger;
}
