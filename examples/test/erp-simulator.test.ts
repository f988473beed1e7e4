import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MaintenanceJob, startErpSimulator, type ErpSimulator } from '../index';

const API_KEY = 'erp-test-key';
/** The documented error shape; parsing with it asserts every error answer has it. */
const ErrorBody = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
const JobList = z.object({ data: z.array(MaintenanceJob), total: z.number() });
const WebhookBody = z.object({ event: z.string(), job: MaintenanceJob });

const validJob = {
  asset: 'PUMP-07',
  description: 'Bearing noise; replace seal',
  priority: 'High',
  dueDate: '15.12.2026',
};

interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: z.infer<typeof WebhookBody>;
}

/** A real HTTP endpoint standing in for Tributary's webhook trigger; answers each request with the next status. */
async function startWebhookReceiver(statuses: number[] = []) {
  const received: ReceivedWebhook[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        headers: req.headers,
        body: WebhookBody.parse(JSON.parse(Buffer.concat(chunks).toString('utf8'))),
      });
      res.writeHead(statuses.shift() ?? 202).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/erp/maintenance-jobs`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function eventually<T>(read: () => T | undefined, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

async function startErp(options: Partial<Parameters<typeof startErpSimulator>[0]> = {}): Promise<ErpSimulator> {
  const erp = await startErpSimulator({ apiKey: API_KEY, webhookRetry: { delaysMs: [20, 40, 80] }, ...options });
  cleanups.push(() => erp.close());
  return erp;
}

function raiseJob(erp: ErpSimulator, body: unknown) {
  return fetch(`${erp.url}/api/jobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function patchJob(erp: ErpSimulator, jobNumber: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${erp.url}/api/jobs/${jobNumber}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('ERP simulator', () => {
  it('raises a job without an API key and returns it in the ERP’s own format', async () => {
    const erp = await startErp();

    const response = await raiseJob(erp, validJob);

    expect(response.status).toBe(201);
    const job = MaintenanceJob.parse(await response.json());
    expect(job).toMatchObject({
      jobNumber: 'MJ-100001',
      asset: 'PUMP-07',
      priority: 'High',
      dueDate: '15.12.2026',
      status: 'open',
      workOrderId: null,
    });
    expect(response.headers.get('location')).toBe('/api/jobs/MJ-100001');
    expect(new Date(job.raisedAt).toISOString()).toBe(job.raisedAt);
    const second = MaintenanceJob.parse(await (await raiseJob(erp, validJob)).json());
    expect(second.jobNumber).toBe('MJ-100002');
    expect(erp.jobs().map((j) => j.jobNumber)).toEqual(['MJ-100001', 'MJ-100002']);
  });

  it('delivers a maintenance_job.raised webhook to the configured receiver', async () => {
    const receiver = await startWebhookReceiver();
    cleanups.push(receiver.close);
    const erp = await startErp({ webhookUrl: receiver.url });

    const job = MaintenanceJob.parse(await (await raiseJob(erp, validJob)).json());

    const webhook = await eventually(() => receiver.received[0]);
    expect(webhook.body).toEqual({ event: 'maintenance_job.raised', job });
    expect(webhook.headers['content-type']).toBe('application/json');
    expect(webhook.headers['x-acme-event']).toBe('maintenance_job.raised');
    const [delivery] = await eventually(() => (erp.deliveries().length ? erp.deliveries() : undefined));
    expect(delivery).toMatchObject({ jobNumber: job.jobNumber, attempt: 1, statusCode: 202, outcome: 'delivered' });
  });

  it('retries the webhook after a 5xx answer and keeps the delivery id', async () => {
    const receiver = await startWebhookReceiver([503, 500]);
    cleanups.push(receiver.close);
    const erp = await startErp({ webhookUrl: receiver.url });

    await raiseJob(erp, validJob);

    const attempts = await eventually(() => (erp.deliveries().length === 3 ? erp.deliveries() : undefined));
    expect(attempts.map((a) => [a.attempt, a.statusCode, a.outcome])).toEqual([
      [1, 503, 'will_retry'],
      [2, 500, 'will_retry'],
      [3, 202, 'delivered'],
    ]);
    expect(new Set(receiver.received.map((r) => r.headers['x-acme-delivery'])).size).toBe(1);
  });

  it('records failed attempts when the receiver is unreachable and gives up after the last retry', async () => {
    const receiver = await startWebhookReceiver();
    const unreachableUrl = receiver.url;
    await receiver.close();
    const erp = await startErp({ webhookUrl: unreachableUrl });

    const response = await raiseJob(erp, validJob);

    expect(response.status).toBe(201);
    const attempts = await eventually(() =>
      erp.deliveries().at(-1)?.outcome === 'failed' ? erp.deliveries() : undefined,
    );
    expect(attempts).toHaveLength(4);
    expect(attempts.every((a) => a.statusCode === null && a.error)).toBe(true);
  });

  it('answers 201 before a slow webhook receiver has responded', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = createServer((req, res) => {
      req.resume();
      void held.then(() => res.writeHead(200).end());
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    cleanups.push(async () => {
      release();
      slow.closeAllConnections();
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    });
    const erp = await startErp({ webhookUrl: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/hook` });

    const response = await raiseJob(erp, validJob);

    expect(response.status).toBe(201);
    expect(erp.deliveries()).toEqual([]);
    release();
    await eventually(() => erp.deliveries()[0]);
  });

  it('sends webhooks to the new address after setWebhookUrl and none once it is cleared', async () => {
    const receiver = await startWebhookReceiver();
    cleanups.push(receiver.close);
    const erp = await startErp();

    await raiseJob(erp, validJob);
    erp.setWebhookUrl(receiver.url);
    const second = MaintenanceJob.parse(await (await raiseJob(erp, validJob)).json());
    await eventually(() => receiver.received[0]);
    erp.setWebhookUrl(undefined);
    await raiseJob(erp, validJob);
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(receiver.received.map((r) => r.body.job.jobNumber)).toEqual([second.jobNumber]);
  });

  it('rejects an invalid job with 400 and lists every invalid field', async () => {
    const erp = await startErp();

    const response = await raiseJob(erp, { asset: '', priority: 'Urgent', dueDate: '2026-12-15', colour: 'red' });

    expect(response.status).toBe(400);
    const body = ErrorBody.parse(await response.json());
    expect(body.error).toBe('validation_failed');
    expect(body.fields).toEqual([
      { path: 'asset', message: 'must not be empty' },
      { path: 'description', message: 'required' },
      { path: 'priority', message: 'expected High, Medium or Low' },
      { path: 'dueDate', message: 'expected a date as dd.MM.yyyy, e.g. 15.12.2026' },
      { path: 'colour', message: 'unknown field' },
    ]);
    expect(erp.jobs()).toEqual([]);
  });

  it('rejects a due date that does not exist in the calendar', async () => {
    const erp = await startErp();

    const response = await raiseJob(erp, { ...validJob, dueDate: '31.02.2026' });

    expect(response.status).toBe(400);
    expect(ErrorBody.parse(await response.json()).fields).toEqual([
      { path: 'dueDate', message: 'not a calendar date' },
    ]);
  });

  it('answers malformed JSON with a 400 JSON error', async () => {
    const erp = await startErp();

    const response = await fetch(`${erp.url}/api/jobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"asset": ',
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_json' });
  });

  it('refuses to write back a work-order id without the API key', async () => {
    const erp = await startErp();
    await raiseJob(erp, validJob);

    const missing = await patchJob(erp, 'MJ-100001', { workOrderId: 'WO-2026-000001' });
    const wrong = await patchJob(erp, 'MJ-100001', { workOrderId: 'WO-2026-000001' }, { 'x-api-key': 'guess' });

    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual({ error: 'unauthorized', message: 'Missing or invalid X-API-Key header' });
    expect(wrong.status).toBe(401);
    expect(JSON.stringify(await wrong.json())).not.toContain(API_KEY);
    expect(erp.jobs()[0]?.workOrderId).toBeNull();
  });

  it('writes back the work-order id with the API key and schedules the job', async () => {
    const erp = await startErp();
    await raiseJob(erp, validJob);

    const response = await patchJob(erp, 'MJ-100001', { workOrderId: 'WO-2026-000001' }, { 'x-api-key': API_KEY });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ workOrderId: 'WO-2026-000001', status: 'scheduled' });
    const fetched = MaintenanceJob.parse(await (await fetch(`${erp.url}/api/jobs/MJ-100001`)).json());
    expect(fetched).toMatchObject({ workOrderId: 'WO-2026-000001', status: 'scheduled' });
    expect(erp.jobs()[0]).toEqual(fetched);
  });

  it('answers 404 for an unknown job and 400 for an invalid update', async () => {
    const erp = await startErp();
    await raiseJob(erp, validJob);
    const withKey = { 'x-api-key': API_KEY };

    const unknown = await patchJob(erp, 'MJ-999999', { workOrderId: 'WO-1' }, withKey);
    const invalid = await patchJob(erp, 'MJ-100001', { workOrderId: '', status: 'done' }, withKey);

    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: 'job_not_found' });
    expect((await fetch(`${erp.url}/api/jobs/MJ-999999`)).status).toBe(404);
    expect(invalid.status).toBe(400);
    expect(ErrorBody.parse(await invalid.json()).fields?.map((f) => f.path)).toEqual(['workOrderId', 'status']);
  });

  it('lists jobs and serves the maintenance-jobs page', async () => {
    const erp = await startErp();
    await raiseJob(erp, validJob);

    const list = JobList.parse(await (await fetch(`${erp.url}/api/jobs`)).json());
    const page = await fetch(`${erp.url}/`);

    expect(list).toMatchObject({ total: 1, data: [{ jobNumber: 'MJ-100001' }] });
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('Acme ERP — maintenance jobs');
  });
});
