import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../../scripts/testing/throwaway-database';
import { poll } from '../../../e2e/support/runs-api';
import { startTributaryStack, type TributaryStack } from '../../../e2e/support/tributary-stack';
import { Analyst } from './support/analyst';
import { hasChromium, openBrowserSession, type BrowserSession } from './support/browser-session';

// The README's pictures: written to docs/images/ when asked for (UPDATE_SCREENSHOTS=1), so an
// ordinary test run leaves the working tree as it was; elsewhere they still go to the temp dir.
const screenshots = process.env.UPDATE_SCREENSHOTS
  ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/images')
  : path.join(tmpdir(), 'tributary-screenshots');

/**
 * The analyst's whole day, for real: the web app (Vite dev server, Chromium)
 * against the API, a worker process, the Temporal dev server with its Web UI,
 * PostgreSQL (a database of its own, so the first-run setup is real) and the
 * ERP and CMMS simulators.
 */
describe.skipIf(!hasChromium)('building the ERP → CMMS flow in the editor', () => {
  let database: ThrowawayDatabase;
  let stack: TributaryStack;
  let browser: BrowserSession;
  let analyst: Analyst;

  beforeAll(async () => {
    database = await createThrowawayDatabase(`tributary_web_e2e_${randomBytes(4).toString('hex')}`);
    stack = await startTributaryStack({
      seedDemoFlow: false,
      temporalUiUrl: inject('temporalUiUrl'),
      databaseUrl: database.url,
    });
    // the worker registers the connector catalog as it starts
    await poll('the worker to register the ERP and CMMS connectors', 60_000, async () => {
      const response = await fetch(`${stack.apiUrl}/v1/connectors`, {
        headers: { authorization: `Bearer ${stack.api.key}` },
      });
      const names = ((await response.json()) as { data: { name: string }[] }).data.map((connector) => connector.name);
      return names.includes('cmms') && names.includes('erp') ? true : undefined;
    });
    browser = await openBrowserSession(stack.apiUrl);
    analyst = new Analyst(browser.page, browser.baseUrl);
    await mkdir(screenshots, { recursive: true });
    await analyst.createFirstAdmin({
      name: 'Ada Analyst',
      email: 'ada@plant.example',
      password: 'pump seals leak at dawn',
    });
  }, 240_000);

  // what the page showed when a test failed, for whoever reads the CI log
  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      const file = path.join(tmpdir(), `tributary-e2e-${task.name.slice(0, 40).replace(/\W+/g, '-')}.png`);
      await browser?.page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.error(`screenshot of the failed page: ${file}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    await database?.drop();
  });

  it('builds the flow from an empty canvas, test-runs it, publishes it, and finds the run an ERP job started', async () => {
    const { page } = browser;
    await analyst.createConnection({
      connector: 'Acme CMMS (cmms)',
      name: 'plant-cmms',
      authentication: 'API key',
      fields: { baseUrl: stack.cmms.url },
      secrets: { apiKey: stack.secrets.cmmsApiKey },
    });
    await analyst.createConnection({
      connector: 'Acme ERP (erp)',
      name: 'plant-erp',
      fields: { baseUrl: stack.erp.url },
      secrets: { apiKey: stack.secrets.erpApiKey },
    });
    const pages = [await page.content()]; // the connections list, checked for secrets at the end

    await analyst.createFlow('Maintenance jobs to work orders', 'maintenance-to-cmms');
    await expect.poll(() => analyst.canvas().locator('[data-step-id]').count()).toBe(1); // the trigger alone

    // Trigger: the ERP's webhook
    await analyst.node('trigger').click();
    const trigger = page.getByRole('complementary', { name: 'Trigger settings' });
    await trigger.getByLabel('Trigger kind').selectOption({ label: 'Webhook' });
    await trigger.getByLabel('Path').fill('erp/maintenance-jobs');

    // CMMS: create the work order from the mapped fields
    const cmms = await analyst.addStep('trigger', 'work order', 'Acme CMMS: Create work order');
    await analyst.renameStep(cmms, 'createWorkOrder');
    await cmms.getByLabel('Connection').selectOption({ label: 'plant-cmms' });
    for (const field of ['title', 'assetTag', 'priority', 'dueAt', 'externalRef']) {
      await analyst.setExpression(cmms, field, `$steps.mapJob.output.${field}`);
    }

    // The mapping, inserted before the CMMS step: fields, a date expression and the priority lookup table
    const map = await analyst.addStep('trigger', 'map', 'Map fields');
    await analyst.renameStep(map, 'mapJob');
    const mapping = map.getByRole('region', { name: 'Field mapping' });
    const job = await raiseJobThroughApi({ asset: 'PUMP-07', priority: 'High', dueDate: '15.12.2026' });
    await mapping.getByLabel('Source sample (JSON)').fill(JSON.stringify({ event: 'maintenance_job.raised', job }));
    await mapping.getByLabel('Map title').fill('job.description');
    await mapping.getByLabel('Map assetTag').fill('job.asset');
    await mapping.getByLabel('Map externalRef').fill('job.jobNumber');
    await mapping.getByLabel('Map dueAt').fill("=$fromMillis($toMillis(job.dueDate, '[D01].[M01].[Y0001]'))");
    await mapping.getByLabel('Map priority').fill('job.priority');
    await mapping.getByRole('button', { name: 'Add lookup table for priority' }).click();
    const lookup = mapping.getByRole('group', { name: 'Lookup table for priority' });
    for (const [index, [key, value]] of [
      ['High', '1'],
      ['Medium', '2'],
      ['Low', '3'],
    ].entries()) {
      if (index > 0) await lookup.getByRole('button', { name: 'Add row' }).click();
      await lookup.getByLabel(`Lookup key ${index + 1}`).fill(key!);
      await lookup.getByLabel(`Lookup value ${index + 1}`).fill(value!);
    }
    // a new map step passes its whole source through until fields are mapped
    await mapping.getByRole('button', { name: 'Remove mapping for record' }).click();
    const preview = mapping.getByRole('region', { name: 'Mapped output preview' });
    await expect.poll(() => preview.textContent()).toContain('"priority": 1');
    expect(await preview.textContent()).toContain('"dueAt": "2026-12-15T00:00:00.000Z"');
    await lookup.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(screenshots, 'editor-mapping.png') });

    // ERP: write the work-order id back to the job
    const erp = await analyst.addStep('createWorkOrder', 'job', 'Acme ERP: Link work order to job');
    await analyst.renameStep(erp, 'updateErpJob');
    await erp.getByLabel('Connection').selectOption({ label: 'plant-erp' });
    await analyst.setExpression(erp, 'jobNumber', '$trigger.body.job.jobNumber');
    await analyst.setExpression(erp, 'workOrderId', '$steps.createWorkOrder.output.id');
    await analyst.waitUntilSaved();
    expect(
      await analyst
        .canvas()
        .locator('[data-step-id]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-step-id'))),
    ).toEqual(['trigger', 'mapJob', 'createWorkOrder', 'updateErpJob']);
    pages.push(await page.content()); // the editor, with the ERP step's connection picked
    await page.getByRole('button', { name: 'Fit view' }).click();
    await page.screenshot({ path: path.join(screenshots, 'editor-canvas.png') });

    // Test run with the sample job: every step lights up with its output
    await page.getByRole('button', { name: 'Test run' }).click();
    const testRun = page.getByRole('complementary', { name: 'Test run' });
    await testRun
      .getByLabel('Test payload (JSON)')
      .fill(JSON.stringify({ body: { event: 'maintenance_job.raised', job } }));
    await testRun.getByRole('button', { name: 'Run test' }).click();
    for (const stepId of ['mapJob', 'createWorkOrder', 'updateErpJob']) {
      await expect
        .poll(() => testRun.locator(`li[data-step-id="${stepId}"]`).getAttribute('data-status'), { timeout: 60_000 })
        .toBe('succeeded');
      expect(await analyst.node(stepId).getAttribute('data-status')).toBe('succeeded');
    }
    const workOrder = stack.cmms.workOrders().find((order) => order.externalRef === job.jobNumber);
    expect(workOrder).toMatchObject({ assetTag: 'PUMP-07', priority: 1, dueAt: '2026-12-15T00:00:00.000Z' });
    await testRun.locator('li[data-step-id="createWorkOrder"]').click();
    await expect.poll(() => testRun.textContent()).toContain(workOrder!.id);
    expect(stack.erp.jobs().find((candidate) => candidate.jobNumber === job.jobNumber)?.workOrderId).toBe(
      workOrder!.id,
    );

    pages.push(await page.content()); // the test run with every step's input and output
    // Test one step again, alone, on the test run's data
    await analyst.node('createWorkOrder').click();
    await analyst.stepSettings().getByRole('button', { name: 'Test this step' }).click();
    const stepTest = analyst.stepSettings().getByRole('region', { name: 'Step test result' });
    await expect.poll(() => stepTest.textContent(), { timeout: 60_000 }).toContain('succeeded');
    expect(await stepTest.textContent()).toContain('"assetTag": "PUMP-07"'); // its input, from mapJob's output

    // Publish, then let the ERP raise a job through its own page
    await page.getByRole('button', { name: 'Publish' }).click();
    const publish = page.getByRole('dialog', { name: 'Publish flow' });
    await publish.getByLabel('Message').fill('First version: ERP jobs become CMMS work orders');
    await publish.getByRole('button', { name: 'Publish version' }).click();
    await page.getByRole('status').filter({ hasText: 'Published version 1' }).waitFor();

    stack.erp.setWebhookUrl(`${stack.apiUrl}/hooks/erp/maintenance-jobs`);
    const erpPage = await browser.context.newPage();
    await erpPage.goto(stack.erp.url);
    await erpPage.getByLabel('Asset').fill('COMP-12');
    await erpPage.getByLabel('Priority').selectOption('Low');
    await erpPage.getByLabel('Due date').fill('2027-02-01');
    await erpPage.getByLabel('Description').fill('Compressor vibration above threshold');
    await erpPage.getByRole('button', { name: 'Raise job' }).click();
    await erpPage.getByText(/Raised \S+/).waitFor();
    const raised = (await erpPage.getByText(/Raised \S+/).textContent())!.match(/Raised (\S+)/)![1]!;
    await erpPage.close();

    // The run, in the runs list and in the Temporal UI
    await page.getByRole('navigation').getByRole('link', { name: 'Runs' }).click();
    await page.getByLabel('Flow').selectOption({ label: 'Maintenance jobs to work orders' });
    const runs = page.getByRole('table', { name: 'Runs' });
    const completed = runs.locator('tbody tr').filter({ hasText: 'webhook' }).filter({ hasText: 'completed' });
    await expect.poll(() => completed.count(), { timeout: 60_000 }).toBe(1);
    await completed.getByRole('link').first().click();
    const timeline = page.getByRole('list', { name: 'Step timeline' });
    await expect.poll(() => timeline.textContent()).toContain('updateErpJob');
    await page.screenshot({ path: path.join(screenshots, 'run-timeline.png'), fullPage: true });
    const order = stack.cmms.workOrders().find((candidate) => candidate.externalRef === raised);
    expect(order).toMatchObject({ assetTag: 'COMP-12', priority: 3, dueAt: '2027-02-01T00:00:00.000Z' });

    const temporalLink = page.getByRole('link', { name: 'Open in Temporal UI' });
    const href = (await temporalLink.getAttribute('href'))!;
    expect(href.startsWith(inject('temporalUiUrl'))).toBe(true);
    const temporal = await browser.context.newPage();
    await temporal.goto(href);
    const workflowId = decodeURIComponent(href.split('/workflows/')[1]!.split('/')[0]!);
    await temporal.getByText(workflowId).first().waitFor({ timeout: 30_000 });
    await temporal
      .getByText(/Completed/i)
      .first()
      .waitFor({ timeout: 30_000 });
    await temporal.close();

    // No connection secret ever reached the browser
    const bodies = await browser.responseBodies();
    pages.push(await page.content());
    expect(bodies.length).toBeGreaterThan(50);
    for (const secret of Object.values(stack.secrets)) {
      expect(pages.filter((dom) => dom.includes(secret))).toEqual([]);
      expect(bodies.filter((body) => body.includes(secret))).toEqual([]);
    }
  }, 300_000);

  it('shows an invalid expression on its step and refuses to publish until it is fixed', async () => {
    const { page } = browser;
    await analyst.createFlow('Broken expression', 'broken-expression');
    const step = await analyst.addStep('trigger', 'work order', 'Acme CMMS: Create work order');
    await analyst.renameStep(step, 'createWorkOrder');
    await step.getByLabel('Connection').selectOption({ label: 'plant-cmms' });
    await analyst.setExpression(step, 'title', '$trigger.body.(');
    await analyst.setExpression(step, 'assetTag', '$trigger.body.asset');

    const node = analyst.node('createWorkOrder');
    await expect.poll(() => node.getAttribute('data-invalid'), { timeout: 15_000 }).toBe('true');
    expect(await node.textContent()).toMatch(/title/);

    await page.getByRole('button', { name: 'Publish' }).click();
    const publish = page.getByRole('dialog', { name: 'Publish flow' });
    await expect.poll(() => publish.textContent()).toMatch(/title/);
    expect(await publish.getByRole('button', { name: 'Publish version' }).isDisabled()).toBe(true);
    await page.keyboard.press('Escape');

    await analyst.node('createWorkOrder').click();
    const editor = analyst.stepSettings().getByRole('textbox', { name: 'title expression', exact: true });
    await editor.fill('$trigger.body.title');
    await expect.poll(() => node.getAttribute('data-invalid'), { timeout: 15_000 }).not.toBe('true');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => publish.getByRole('button', { name: 'Publish version' }).isDisabled()).toBe(false);
    await publish.getByRole('button', { name: 'Publish version' }).click();
    await page.getByRole('status').filter({ hasText: 'Published version 1' }).waitFor();
  }, 120_000);

  async function raiseJobThroughApi(job: { asset: string; priority: string; dueDate: string }) {
    const response = await fetch(`${stack.erp.url}/api/jobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        ...job,
        description: 'Mechanical seal leaking on cooling water pump',
        plant: 'Rotterdam',
      }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as Record<string, string> & { jobNumber: string };
  }
});
