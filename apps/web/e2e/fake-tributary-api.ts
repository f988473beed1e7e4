import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server that answers like the Tributary API (list envelopes,
 * run documents, RFC 9457 problems) from canned data, so the web app can be
 * driven end to end without Postgres and Temporal. The canned documents are
 * written out by hand on purpose: they are the contract the UI must read.
 */
export interface FakeTributaryApi {
  url: string;
  /** Every request path with its query, in arrival order. */
  requests: string[];
  /** Moves a run to another status, as a worker finishing it would. */
  setRunStatus(runId: string, status: string, closedAt?: string): void;
  close(): Promise<void>;
}

const TEMPORAL_UI = 'http://127.0.0.1:8233/namespaces/default/workflows';

export const FLOWS = [
  {
    id: 'flow_01JORDERS',
    object: 'flow',
    slug: 'orders-sync',
    name: 'Orders to ERP',
    description: 'Copies paid web-shop orders into the ERP.',
    definition: {
      trigger: { kind: 'webhook', path: 'orders-sync' },
      steps: [{ id: 'fetch_order', kind: 'action', connector: 'http', action: 'request', input: {} }],
    },
    publishedVersion: 3,
    webhookPath: 'orders-sync',
    createdAt: '2025-02-01T09:00:00.000Z',
    updatedAt: '2025-02-20T16:45:00.000Z',
  },
  {
    id: 'flow_01JWORKORD',
    object: 'flow',
    slug: 'work-orders',
    name: 'CMMS work orders',
    description: null,
    definition: { trigger: { kind: 'webhook', path: 'work-orders' }, steps: [] },
    publishedVersion: null,
    webhookPath: null,
    createdAt: '2025-02-10T09:00:00.000Z',
    updatedAt: '2025-02-10T09:00:00.000Z',
  },
];

function cannedRuns() {
  const now = Date.now();
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();
  const run = (id: string, status: string, startedAgo: number, closedAgo: number | null) => ({
    id,
    object: 'run',
    flow: { id: 'flow_01JORDERS', slug: 'orders-sync', version: 3 },
    status,
    trigger: 'webhook',
    workflowId: `flow-orders-sync-${id}`,
    temporalRunId: `0195-${id}`,
    startedAt: ago(startedAgo),
    closedAt: closedAgo === null ? null : ago(closedAgo),
    temporalUiUrl: `${TEMPORAL_UI}/flow-orders-sync-${id}/0195-${id}/history`,
  });
  return [
    {
      ...run('run_live', 'running', 20, null),
      steps: [
        {
          id: 'fetch_order',
          kind: 'action',
          status: 'succeeded',
          attempts: 1,
          startedAt: ago(20),
          finishedAt: ago(19),
          output: { orderId: 'A-1002' },
        },
        { id: 'create_invoice', kind: 'action', status: 'running', attempts: 1, startedAt: ago(19) },
      ],
      error: undefined,
    },
    {
      ...run('run_failed', 'failed', 600, 540),
      steps: [
        {
          id: 'fetch_order',
          kind: 'action',
          status: 'succeeded',
          attempts: 1,
          startedAt: ago(600),
          finishedAt: ago(599),
          output: { orderId: 'A-1001', total: 129.5, currency: 'EUR', lines: [{ sku: 'PUMP-7', qty: 2 }] },
        },
        {
          id: 'create_invoice',
          kind: 'action',
          status: 'failed',
          attempts: 3,
          startedAt: ago(599),
          finishedAt: ago(540),
          error: { code: 'erp_rejected', message: 'ERP answered 422: customer C-77 is blocked' },
        },
        { id: 'notify_sales', kind: 'action', status: 'skipped', attempts: 0 },
      ],
      error: { code: 'step_failed', message: 'Step create_invoice failed after 3 attempts' },
    },
    {
      ...run('run_done', 'completed', 3600, 3598),
      steps: [
        {
          id: 'fetch_order',
          kind: 'action',
          status: 'succeeded',
          attempts: 1,
          startedAt: ago(3600),
          finishedAt: ago(3599),
          output: { orderId: 'A-1000' },
        },
      ],
      error: undefined,
    },
  ];
}

const RUN_STATUSES = new Set(['running', 'completed', 'failed', 'cancelled', 'terminated', 'timed_out']);

export async function startFakeTributaryApi(): Promise<FakeTributaryApi> {
  const runs = cannedRuns();
  const requests: string[] = [];

  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    route(request, response);
  });

  function route(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://fake.invalid');
    if (request.method !== 'GET') return problem(response, 405, 'Method not allowed');
    if (url.pathname === '/ready') return json(response, 200, { status: 'ready' });
    if (url.pathname === '/v1/flows')
      return json(response, 200, { object: 'list', data: FLOWS, has_more: false, next_cursor: null });
    if (url.pathname === '/v1/runs') {
      const status = url.searchParams.get('status');
      const flow = url.searchParams.get('flow');
      if (status !== null && !RUN_STATUSES.has(status)) {
        return problem(response, 400, 'Invalid query parameters', 'The request has 1 invalid query parameter.', [
          { path: 'status', message: `must be one of ${[...RUN_STATUSES].join(', ')}` },
        ]);
      }
      const data = runs
        .filter((run) => (status === null || run.status === status) && (flow === null || run.flow.slug === flow))
        .map(toRunSummary);
      return json(response, 200, { object: 'list', data, has_more: false, next_cursor: null });
    }
    const runMatch = /^\/v1\/runs\/([^/]+)$/.exec(url.pathname);
    if (runMatch) {
      const id = decodeURIComponent(runMatch[1] ?? '');
      const run = runs.find((candidate) => candidate.id === id);
      if (!run) return problem(response, 404, 'Run not found', `No run has the id ${id}.`);
      return json(response, 200, run);
    }
    return problem(response, 404, 'Not found', `Nothing is served at ${url.pathname}.`);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setRunStatus(runId, status, closedAt = new Date().toISOString()) {
      const run = runs.find((candidate) => candidate.id === runId);
      if (!run) throw new Error(`the fake API has no run ${runId}`);
      run.status = status;
      run.closedAt = closedAt;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

type CannedRun = ReturnType<typeof cannedRuns>[number];

/** The API lists runs without their steps, error and Temporal UI link. */
function toRunSummary({ steps: _steps, error: _error, temporalUiUrl: _temporalUiUrl, ...summary }: CannedRun) {
  return summary;
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function problem(
  response: ServerResponse,
  status: number,
  title: string,
  detail?: string,
  errors?: { path: string; message: string }[],
): void {
  const code = title.toLowerCase().replaceAll(' ', '_');
  const body = {
    type: `https://tributary.dev/problems/${code}`,
    code,
    title,
    status,
    detail,
    instance: '/v1/…',
    errors,
  };
  response.writeHead(status, { 'content-type': 'application/problem+json' }).end(JSON.stringify(body));
}
