/**
 * Canned documents for the fake Tributary API, written out by hand on
 * purpose: they are the contract the UI must read (Flow with lastRun,
 * RunSummary/Run with nullable flow.version for draft test runs, links,
 * nested steps, a waiting approval).
 */
const TEMPORAL_UI = 'http://127.0.0.1:8233/namespaces/default/workflows';

export interface CannedFlow {
  id: string;
  object: 'flow';
  slug: string;
  name: string;
  description: string | null;
  definition: { schemaVersion: 1; trigger: Record<string, unknown>; steps: unknown[]; compensateOnFailure?: boolean };
  publishedVersion: number | null;
  webhookPath: string | null;
  lastRun: { id: string; status: string; startedAt: string; closedAt: string | null } | null;
  createdAt: string;
  updatedAt: string;
}

export function cannedFlows(runs: CannedRun[]): CannedFlow[] {
  const lastRunOf = (slug: string) => {
    const run = runs.find((candidate) => candidate.flow.slug === slug && candidate.trigger !== 'test');
    return run ? { id: run.id, status: run.status, startedAt: run.startedAt, closedAt: run.closedAt } : null;
  };
  return [
    {
      id: 'flow_01JORDERS',
      object: 'flow',
      slug: 'orders-sync',
      name: 'Orders to ERP',
      description: 'Copies paid web-shop orders into the ERP.',
      definition: {
        schemaVersion: 1,
        trigger: { kind: 'webhook', path: 'orders-sync' },
        steps: [{ id: 'fetch_order', kind: 'action', connector: 'http', action: 'request', input: {} }],
        compensateOnFailure: false,
      },
      publishedVersion: 3,
      webhookPath: 'orders-sync',
      lastRun: lastRunOf('orders-sync'),
      createdAt: '2025-02-01T09:00:00.000Z',
      updatedAt: '2025-02-20T16:45:00.000Z',
    },
    {
      id: 'flow_01JWORKORD',
      object: 'flow',
      slug: 'work-orders',
      name: 'CMMS work orders',
      description: null,
      definition: { schemaVersion: 1, trigger: { kind: 'manual' }, steps: [], compensateOnFailure: false },
      publishedVersion: null,
      webhookPath: null,
      lastRun: null,
      createdAt: '2025-02-10T09:00:00.000Z',
      updatedAt: '2025-02-10T09:00:00.000Z',
    },
  ];
}

export function cannedRuns() {
  const now = Date.now();
  const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();
  const run = (id: string, status: string, startedAgo: number, closedAgo: number | null) => ({
    id,
    object: 'run' as const,
    flow: { id: 'flow_01JORDERS', slug: 'orders-sync', version: 3 as number | null },
    status,
    trigger: 'webhook',
    workflowId: `flow-orders-sync-${id}`,
    temporalRunId: `0195-${id}`,
    startedAt: ago(startedAgo),
    closedAt: closedAgo === null ? null : ago(closedAgo),
    businessKey: null as string | null,
    restartedFrom: null as { runId: string; stepId: string } | null,
    rerunOf: null as string | null,
    links: { temporalUi: `${TEMPORAL_UI}/flow-orders-sync-${id}/0195-${id}/history` } as { temporalUi?: string },
    error: undefined as { code: string; message: string; stepId?: string } | undefined,
    steps: [] as CannedStep[],
  });
  return [
    {
      ...run('run_live', 'running', 20, null),
      steps: [
        step('fetch_order', 'succeeded', { startedAt: ago(20), finishedAt: ago(19), output: { orderId: 'A-1002' } }),
        step('approve_discount', 'waiting', {
          kind: 'waitForEvent',
          startedAt: ago(19),
          waitingFor: { approval: { prompt: 'Grant 15 % discount on A-1002?', approvers: ['sales'] } },
        }),
      ],
    },
    {
      ...run('run_failed', 'failed', 600, 540),
      steps: [
        step('fetch_order', 'succeeded', {
          startedAt: ago(600),
          finishedAt: ago(599),
          output: { orderId: 'A-1001', total: 129.5, currency: 'EUR', lines: [{ sku: 'PUMP-7', qty: 2 }] },
        }),
        step('each_line', 'failed', { kind: 'forEach', startedAt: ago(599), finishedAt: ago(540) }),
        step('create_invoice', 'failed', {
          parentId: 'each_line',
          attempts: 3,
          startedAt: ago(599),
          finishedAt: ago(540),
          error: { code: 'erp_rejected', message: 'ERP answered 422: customer C-77 is blocked' },
        }),
        step('notify_sales', 'skipped', { attempts: 0 }),
      ],
      error: { code: 'step_failed', message: 'Step create_invoice failed after 3 attempts', stepId: 'create_invoice' },
    },
    {
      ...run('run_done', 'completed', 3600, 3598),
      steps: [
        step('fetch_order', 'succeeded', {
          startedAt: ago(3600),
          finishedAt: ago(3599),
          output: { orderId: 'A-1000' },
        }),
      ],
    },
    {
      ...run('run_draft', 'completed', 7200, 7199),
      flow: { id: 'flow_01JORDERS', slug: 'orders-sync', version: null },
      trigger: 'test',
      links: {},
      steps: [
        step('fetch_order', 'succeeded', { startedAt: ago(7200), finishedAt: ago(7199), output: { orderId: 'T-1' } }),
      ],
    },
  ];
}

export type CannedRun = ReturnType<typeof cannedRuns>[number];

export interface CannedStep {
  id: string;
  kind: string;
  status: string;
  attempts: number;
  parentId?: string;
  startedAt?: string;
  finishedAt?: string;
  output?: unknown;
  error?: { code: string; message: string };
  waitingFor?: { approval?: { prompt?: unknown; approvers?: string[] } };
}

function step(id: string, status: string, extra: Partial<CannedStep> = {}): CannedStep {
  return { id, kind: 'action', status, attempts: 1, ...extra };
}

/** The API lists runs without their steps, error and links. */
export function toRunSummary({ steps: _steps, error: _error, links: _links, ...summary }: CannedRun) {
  return summary;
}
