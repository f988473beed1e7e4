import { HttpProblem, parseOrProblem } from '../simulator-kit/http-problem';
import { readJsonBody, sendHtml, sendJson } from '../simulator-kit/http-exchange';
import { serveRoutes, type Route, type RouteContext } from '../simulator-kit/route-table';
import { secretsEqual } from '../simulator-kit/secret-comparison';
import { erpHomePage } from './erp-home.page';
import { MaintenanceJobStore } from './maintenance-job.store';
import {
  RaiseMaintenanceJobRequest,
  UpdateMaintenanceJobRequest,
  type MaintenanceJob,
} from './maintenance-job.schemas';
import {
  WebhookDispatcher,
  defaultWebhookRetryPolicy,
  type WebhookDeliveryAttempt,
  type WebhookRetryPolicy,
} from './webhook.dispatcher';

export interface ErpSimulatorOptions {
  /** 0 (the default) picks a free port */
  port?: number;
  host?: string;
  /** where `maintenance_job.raised` events are POSTed; no webhooks while unset */
  webhookUrl?: string;
  /** required as `X-API-Key` on the endpoints integrations write to */
  apiKey: string;
  webhookRetry?: Partial<WebhookRetryPolicy>;
  /** one line per write request and per webhook attempt; never contains credentials */
  log?: (line: string) => void;
}

export interface ErpSimulator {
  /** e.g. `http://127.0.0.1:4010` */
  url: string;
  jobs(): MaintenanceJob[];
  deliveries(): WebhookDeliveryAttempt[];
  setWebhookUrl(url: string | undefined): void;
  close(): Promise<void>;
}

export const MAINTENANCE_JOB_RAISED = 'maintenance_job.raised';

/**
 * Starts "Acme ERP": maintenance jobs over a JSON API, a webhook to the
 * integration when a job is raised, and a page at `/` to raise jobs by hand.
 *
 * @example
 * const erp = await startErpSimulator({ apiKey: 'erp-key', webhookUrl: 'http://127.0.0.1:3000/hooks/erp/maintenance-jobs' });
 * await fetch(`${erp.url}/api/jobs`, { method: 'POST', headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ asset: 'PUMP-07', description: 'Seal leaks', priority: 'High', dueDate: '15.12.2026' }) });
 */
export async function startErpSimulator(options: ErpSimulatorOptions): Promise<ErpSimulator> {
  if (!options.apiKey) throw new TypeError('startErpSimulator: apiKey must be a non-empty string');
  const log = options.log ?? (() => {});
  const store = new MaintenanceJobStore();
  let webhookUrl = options.webhookUrl;
  const webhooks = new WebhookDispatcher({ ...defaultWebhookRetryPolicy, ...options.webhookRetry }, (attempt) =>
    log(
      `webhook ${attempt.event} ${attempt.jobNumber} attempt ${attempt.attempt} → ` +
        `${attempt.statusCode ?? attempt.error} (${attempt.outcome})`,
    ),
  );

  const requireApiKey = (ctx: RouteContext) => {
    const presented = ctx.req.headers['x-api-key'];
    if (!secretsEqual(typeof presented === 'string' ? presented : undefined, options.apiKey)) {
      throw new HttpProblem(401, 'unauthorized', 'Missing or invalid X-API-Key header');
    }
  };
  const findJob = (jobNumber: string) => {
    const job = store.find(jobNumber);
    if (!job) throw new HttpProblem(404, 'job_not_found', `Maintenance job ${jobNumber} does not exist`);
    return job;
  };

  const routes: Route[] = [
    { method: 'GET', path: '/', handle: ({ res }) => sendHtml(res, erpHomePage) },
    {
      method: 'GET',
      path: '/api/jobs',
      handle: ({ res }) => {
        const jobs = store.list();
        sendJson(res, 200, { data: jobs, total: jobs.length });
      },
    },
    {
      // The ERP's own UI raises jobs through this endpoint, so it needs no API key.
      method: 'POST',
      path: '/api/jobs',
      handle: async ({ req, res }) => {
        const request = parseOrProblem(RaiseMaintenanceJobRequest, await readJsonBody(req), {
          status: 400,
          message: 'The maintenance job is invalid',
        });
        const job = store.raise(request);
        sendJson(res, 201, job, { location: `/api/jobs/${job.jobNumber}` });
        if (webhookUrl)
          webhooks.dispatch(webhookUrl, MAINTENANCE_JOB_RAISED, job.jobNumber, { event: MAINTENANCE_JOB_RAISED, job });
      },
    },
    {
      method: 'GET',
      path: '/api/jobs/:jobNumber',
      handle: ({ res, params }) => sendJson(res, 200, findJob(params.jobNumber ?? '')),
    },
    {
      method: 'PATCH',
      path: '/api/jobs/:jobNumber',
      handle: async (ctx) => {
        requireApiKey(ctx);
        const jobNumber = ctx.params.jobNumber ?? '';
        findJob(jobNumber);
        const change = parseOrProblem(UpdateMaintenanceJobRequest, await readJsonBody(ctx.req), {
          status: 400,
          message: 'The update is invalid',
        });
        sendJson(ctx.res, 200, store.update(jobNumber, change));
      },
    },
  ];

  const server = await serveRoutes(routes, { port: options.port, host: options.host, log });

  return {
    url: server.url,
    jobs: () => store.list(),
    deliveries: () => webhooks.deliveries(),
    setWebhookUrl: (url) => {
      webhookUrl = url;
    },
    close: async () => {
      await webhooks.close();
      await server.close();
    },
  };
}
