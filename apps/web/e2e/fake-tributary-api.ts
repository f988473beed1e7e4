import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cannedFlows, cannedRuns, toRunSummary, type CannedFlow, type CannedRun } from './fake-tributary-data';

/**
 * A real HTTP server that answers like the Tributary API (list envelopes,
 * run documents, RFC 9457 problems, the run event stream) from canned data,
 * so the web app can be driven end to end without Postgres and Temporal.
 */
export interface FakeTributaryApi {
  url: string;
  /** Every request path with its query, in arrival order. */
  requests: string[];
  /** Every write: method, path with query, and its JSON body. */
  writes: { method: string; path: string; body: unknown; idempotencyKey: string | undefined }[];
  /** Moves a run to another status, as a worker finishing it would (streams `finished` to followers). */
  setRunStatus(runId: string, status: string, closedAt?: string | null): void;
  /** Changes one step of a run, as the worker progressing would (streams `progress` to followers). */
  setStep(runId: string, stepId: string, change: Record<string, unknown>): void;
  /** Caps the page size of the run list, so a test can page through a few runs. */
  setRunPageLimit(limit: number | undefined): void;
  close(): Promise<void>;
}

const RUN_STATUSES = new Set(['running', 'completed', 'failed', 'cancelled', 'terminated', 'timed_out']);
const RUN_TRIGGERS = new Set(['webhook', 'manual', 'schedule', 'poll', 'subscription', 'test']);
const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
const SESSION = {
  object: 'session',
  id: 'ses_e2e',
  expiresAt: '2099-01-01T00:00:00.000Z',
  scopes: ['admin'],
  user: { object: 'user', id: 'usr_e2e', email: 'ops@example.com', name: 'Ops', role: 'admin' },
};
/** Connections that exist in the fake environment; an import naming others reports them missing. */
const CONNECTIONS = new Set(['plant-erp']);

export async function startFakeTributaryApi(): Promise<FakeTributaryApi> {
  const runs: CannedRun[] = cannedRuns();
  const flows: CannedFlow[] = cannedFlows(runs);
  const requests: string[] = [];
  const writes: FakeTributaryApi['writes'] = [];
  const followers = new Map<string, Set<ServerResponse>>();
  let eventId = 0;
  let runPageLimit: number | undefined;

  const server = createServer((request, response) => {
    requests.push(request.url ?? '');
    void readBody(request).then((body) => {
      if (request.method !== 'GET') {
        const key = request.headers['idempotency-key'];
        writes.push({
          method: request.method ?? '',
          path: request.url ?? '',
          body,
          idempotencyKey: typeof key === 'string' ? key : undefined,
        });
      }
      route(request.method ?? 'GET', new URL(request.url ?? '/', 'http://fake.invalid'), body, response);
    });
  });

  function route(method: string, url: URL, body: unknown, response: ServerResponse): void {
    const path = url.pathname;
    if (method === 'GET' && path === '/ready') return json(response, 200, { status: 'ready' });
    // the app's session gate: an admin is signed in
    if (method === 'GET' && path === '/v1/sessions/current') return json(response, 200, SESSION);
    if (method === 'GET' && path === '/v1/setup') return json(response, 200, { required: false });
    if (path === '/v1/flows' && method === 'GET') return listFlows(url, response);
    if (path === '/v1/flows' && method === 'POST') return createFlow(body as Partial<CannedFlow>, response);
    if (path === '/v1/flows/import' && method === 'POST') return importFlow(body as ImportBody, response);
    const flowMatch = /^\/v1\/flows\/([^/]+)(\/export)?$/.exec(path);
    if (flowMatch) {
      const slug = decodeURIComponent(flowMatch[1] ?? '');
      const flow = flows.find((candidate) => candidate.slug === slug || candidate.id === slug);
      if (!flow) return problem(response, 404, 'Flow not found', `No flow has the id or slug ${slug}.`);
      if (flowMatch[2] && method === 'GET') return json(response, 200, exportDocument(flow));
      if (method === 'GET') return json(response, 200, flow);
      if (method === 'DELETE') return deleteFlow(flow, url.searchParams.get('force') === 'true', response);
    }
    if (path === '/v1/runs' && method === 'GET') return listRuns(url, response);
    const runMatch = /^\/v1\/runs\/([^/]+)(?:\/([a-z]+))?$/.exec(path);
    if (runMatch) {
      const id = decodeURIComponent(runMatch[1] ?? '');
      const run = runs.find((candidate) => candidate.id === id);
      if (!run) return problem(response, 404, 'Run not found', `No run has the id ${id}.`);
      const action = runMatch[2];
      if (!action && method === 'GET') return json(response, 200, run);
      if (action === 'events' && method === 'GET') return follow(run, response);
      if (action && method === 'POST') return runAction(run, action, body as Record<string, unknown>, response);
    }
    return problem(response, 404, 'Not found', `Nothing is served at ${method} ${path}.`);
  }

  function listFlows(url: URL, response: ServerResponse): void {
    const search = url.searchParams.get('search')?.toLowerCase();
    const data = flows.filter(
      (flow) => !search || flow.name.toLowerCase().includes(search) || flow.slug.includes(search),
    );
    json(response, 200, { object: 'list', data, has_more: false, next_cursor: null });
  }

  function createFlow(body: Partial<CannedFlow>, response: ServerResponse): void {
    if (!body.slug || !SLUG.test(body.slug)) {
      return problem(response, 400, 'Invalid request body', 'slug is invalid', [
        { path: 'slug', message: 'slug must be 1–63 lower-case letters, digits or "-"' },
      ]);
    }
    if (flows.some((flow) => flow.slug === body.slug)) {
      return problem(response, 409, 'Flow slug already in use', `A flow with slug "${body.slug}" already exists.`);
    }
    const flow = newFlow(body.slug, body.name ?? body.slug, body.description ?? null, body.definition);
    flows.push(flow);
    json(response, 201, flow);
  }

  function importFlow(body: ImportBody, response: ServerResponse): void {
    const existing = flows.find((flow) => flow.slug === body.slug);
    if (existing && !body.overwrite) {
      return problem(response, 409, 'Flow slug already in use', `A flow with slug "${body.slug}" already exists.`);
    }
    if (!body.definition || typeof body.definition !== 'object') {
      return problem(response, 400, 'Invalid flow', 'definition: required', [
        { path: 'definition', message: 'definition is required' },
      ]);
    }
    const flow = newFlow(body.slug, body.name, body.description ?? null, body.definition);
    if (existing) flows.splice(flows.indexOf(existing), 1, { ...existing, ...flow, id: existing.id });
    else flows.push(flow);
    const missingConnections = (body.connections ?? []).filter((name) => !CONNECTIONS.has(name));
    json(response, existing ? 200 : 201, {
      object: 'flow_import',
      created: !existing,
      flow,
      version: null,
      missingConnections,
    });
  }

  function deleteFlow(flow: CannedFlow, force: boolean, response: ServerResponse): void {
    const running = runs.filter((run) => run.flow.slug === flow.slug && run.status === 'running').length;
    if (running > 0 && !force) {
      return problem(
        response,
        409,
        'Flow has running runs',
        `Flow "${flow.slug}" has ${running} running run(s); cancel them first or delete with ?force=true.`,
      );
    }
    flows.splice(flows.indexOf(flow), 1);
    json(response, 200, { id: flow.id, object: 'flow', deleted: true });
  }

  function listRuns(url: URL, response: ServerResponse): void {
    const query = url.searchParams;
    const status = query.get('status');
    const trigger = query.get('trigger');
    if (status !== null && !RUN_STATUSES.has(status)) {
      return problem(response, 400, 'Invalid query parameters', 'The request has 1 invalid query parameter.', [
        { path: 'status', message: `must be one of ${[...RUN_STATUSES].join(', ')}` },
      ]);
    }
    if (trigger !== null && !RUN_TRIGGERS.has(trigger)) {
      return problem(response, 400, 'Invalid query parameters', 'The request has 1 invalid query parameter.', [
        { path: 'trigger', message: `must be one of ${[...RUN_TRIGGERS].join(', ')}` },
      ]);
    }
    const flow = query.get('flow');
    const version = query.get('version');
    const after = query.get('startedAfter');
    const before = query.get('startedBefore');
    const matching = runs.filter(
      (run) =>
        (status === null || run.status === status) &&
        (trigger === null || run.trigger === trigger) &&
        (flow === null || run.flow.slug === flow) &&
        (version === null || run.flow.version === Number(version)) &&
        (after === null || Date.parse(run.startedAt) >= Date.parse(after)) &&
        (before === null || Date.parse(run.startedAt) < Date.parse(before)),
    );
    const limit = Math.min(Number(query.get('limit') ?? 50), runPageLimit ?? Number.POSITIVE_INFINITY);
    const offset = Number(query.get('cursor')?.replace('offset-', '') ?? 0);
    const page = matching.slice(offset, offset + limit);
    const more = offset + limit < matching.length;
    json(response, 200, {
      object: 'list',
      data: page.map(toRunSummary),
      has_more: more,
      next_cursor: more ? `offset-${offset + limit}` : null,
    });
  }

  function runAction(run: CannedRun, action: string, body: Record<string, unknown>, response: ServerResponse): void {
    if (action === 'cancel') {
      return json(response, 202, { object: 'run', id: run.id, workflowId: run.workflowId, cancelRequested: true });
    }
    if (action === 'restart' || action === 'rerun') {
      const copy: CannedRun = {
        ...structuredClone(run),
        id: `${run.id}_${action}`,
        status: 'running',
        startedAt: new Date().toISOString(),
        closedAt: null,
        error: undefined,
        steps: [],
        restartedFrom: action === 'restart' ? { runId: run.id, stepId: String(body.fromStepId) } : null,
        rerunOf: action === 'rerun' ? run.id : null,
      };
      runs.unshift(copy);
      return json(response, 201, toRunSummary(copy));
    }
    if (action === 'approvals') {
      const waiting = run.steps.find((step) => step.id === body.stepId && step.waitingFor?.approval);
      if (!waiting) return problem(response, 409, 'No approval waiting', `Step ${String(body.stepId)} is not waiting.`);
      const decision = body.decision === 'approve' ? 'approved' : 'rejected';
      Object.assign(waiting, { status: 'succeeded', finishedAt: new Date().toISOString(), waitingFor: undefined });
      waiting.output = { decision, comment: body.comment };
      return json(response, 200, {
        stepId: waiting.id,
        decision,
        ...(typeof body.comment === 'string' ? { comment: body.comment } : {}),
        actor: 'usr_e2e',
        decidedAt: new Date().toISOString(),
      });
    }
    problem(response, 404, 'Not found', `No run action ${action}.`);
  }

  /** `GET /v1/runs/{id}/events`: the current progress at once, then whatever the test changes. */
  function follow(run: CannedRun, response: ServerResponse): void {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    response.write('retry: 2000\n\n');
    const set = followers.get(run.id) ?? new Set<ServerResponse>();
    followers.set(run.id, set);
    set.add(response);
    response.on('close', () => set.delete(response));
    sendProgress(run);
  }

  function sendProgress(run: CannedRun): void {
    for (const response of followers.get(run.id) ?? []) {
      eventId += 1;
      const data = { status: run.status, steps: run.steps, ...(run.error ? { error: run.error } : {}) };
      response.write(`id: ${eventId}\nevent: progress\ndata: ${JSON.stringify(data)}\n\n`);
    }
    if (run.status === 'running') return;
    for (const response of followers.get(run.id) ?? []) {
      eventId += 1;
      const data = { id: run.id, status: run.status, closedAt: run.closedAt };
      response.end(`id: ${eventId}\nevent: finished\ndata: ${JSON.stringify(data)}\n\n`);
    }
    followers.delete(run.id);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const runById = (runId: string) => {
    const run = runs.find((candidate) => candidate.id === runId);
    if (!run) throw new Error(`the fake API has no run ${runId}`);
    return run;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    writes,
    setRunStatus(runId, status, closedAt = new Date().toISOString()) {
      const run = runById(runId);
      run.status = status;
      run.closedAt = closedAt;
      sendProgress(run);
    },
    setStep(runId, stepId, change) {
      const run = runById(runId);
      const found = run.steps.find((candidate) => candidate.id === stepId);
      if (!found) throw new Error(`run ${runId} has no step ${stepId}`);
      Object.assign(found, change);
      sendProgress(run);
    },
    setRunPageLimit(limit) {
      runPageLimit = limit;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

interface ImportBody {
  slug: string;
  name: string;
  description?: string | null;
  definition?: CannedFlow['definition'];
  connections?: string[];
  overwrite?: boolean;
}

function newFlow(
  slug: string,
  name: string,
  description: string | null,
  definition: CannedFlow['definition'] | undefined,
): CannedFlow {
  const now = new Date().toISOString();
  return {
    id: `flow_${slug.replaceAll('-', '')}`,
    object: 'flow',
    slug,
    name,
    description,
    definition: definition ?? { schemaVersion: 1, trigger: { kind: 'manual' }, steps: [] },
    publishedVersion: null,
    webhookPath: null,
    lastRun: null,
    createdAt: now,
    updatedAt: now,
  };
}

function exportDocument(flow: CannedFlow) {
  return {
    format: 'tributary.flow',
    formatVersion: 1,
    slug: flow.slug,
    name: flow.name,
    description: flow.description,
    definition: flow.definition,
    connections: [],
    exportedFrom: { draft: true, exportedAt: new Date().toISOString() },
  };
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
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
  const code = title.toLowerCase().replaceAll(' ', '_').replace('flow_slug_already_in_use', 'flow_slug_taken');
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
