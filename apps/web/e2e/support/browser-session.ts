import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Response } from 'playwright-core';
import { createLogger, createServer, type Logger, type ViteDevServer } from 'vite';
import { createWebViteConfig } from '../../vite.config';

/**
 * The web app as a user sees it: the real Vite dev server (with its proxy to
 * an API) and Debian's Chromium driven by playwright-core. Every response the
 * page receives is kept, so a test can prove a secret never reached the
 * browser.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`web e2e skipped: ${CHROMIUM} is missing (install it with: apt-get install -y chromium)`);
}

export interface BrowserSession {
  baseUrl: string;
  page: Page;
  context: BrowserContext;
  /** bodies of every text response the page received so far (API calls, HTML, scripts; not event streams) */
  responseBodies(): Promise<string[]>;
  close(): Promise<void>;
}

export interface BrowserSessionOptions {
  viewport?: { width: number; height: number };
  /** a quieter logger for tests that stop the API on purpose */
  viteLogger?: Logger;
}

export async function openBrowserSession(apiUrl: string, options: BrowserSessionOptions = {}): Promise<BrowserSession> {
  const scratch: string[] = [];
  const cacheDir = await mkdtemp(join(tmpdir(), 'tributary-web-vite-'));
  scratch.push(cacheDir);
  const config = createWebViteConfig(apiUrl);
  const vite: ViteDevServer = await createServer({
    ...config,
    configFile: false,
    cacheDir,
    customLogger: options.viteLogger ?? createLogger('warn'),
    clearScreen: false,
    server: { ...config.server, port: 0, strictPort: false, hmr: false },
  });
  await vite.listen();
  const address = vite.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the Vite dev server has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  const userDataDir = await mkdtemp(join(tmpdir(), 'tributary-web-chromium-'));
  scratch.push(userDataDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
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
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);

  const bodies: Promise<string>[] = [];
  context.on('response', (response) => bodies.push(textOf(response)));

  return {
    baseUrl,
    page,
    context,
    responseBodies: () => Promise.all(bodies),
    async close() {
      await context.close().catch(() => undefined);
      await vite.close();
      await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

/**
 * Event streams are left out: their body only resolves once the stream ends.
 * They carry the same run data as `GET /v1/runs/:id`, which is kept.
 */
async function textOf(response: Response): Promise<string> {
  const type = response.headers()['content-type'] ?? '';
  if (type.includes('text/event-stream') || !/json|text|javascript|html/.test(type)) return '';
  try {
    return await response.text();
  } catch {
    return '';
  }
}
