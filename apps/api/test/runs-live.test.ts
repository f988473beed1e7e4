import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunProgressStream } from '../src/runs/run-progress.stream';
import { expectRunStatus, probeStep, startRunHarness, stepOf, uniqueLabel, type RunHarness } from './run-harness';
import { uniqueSlug } from './running-api';

let harness: RunHarness;
let readerKey: string;
let flowsOnlyKey: string;
beforeAll(async () => {
  harness = await startRunHarness();
  readerKey = await createKey(['runs:read']);
  flowsOnlyKey = await createKey(['flows:read']);
});
afterAll(async () => {
  await harness?.close();
});

async function createKey(scopes: string[]): Promise<string> {
  const created = await harness.api.request('POST', '/v1/api-keys', { name: uniqueSlug('key'), scopes });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.key;
}

async function startRun(steps: object[]): Promise<string> {
  const path = uniqueSlug('live');
  await harness.publish({ schemaVersion: 1, trigger: { kind: 'webhook', path }, steps });
  const accepted = await harness.hook(path, {});
  expect(accepted.status, JSON.stringify(accepted.body)).toBe(202);
  return accepted.body.id;
}

const waitingForever = [{ id: 'forever', kind: 'waitForEvent', event: 'never' }];

describe('POST /v1/runs/:id/terminate', () => {
  it('terminates a waiting run without compensation, records it, and refuses a second time with 409', async () => {
    const runId = await startRun(waitingForever);
    await harness.waitForRun(runId, (run) => stepOf(run, 'forever').status === 'waiting');

    const terminated = await harness.api.request('POST', `/v1/runs/${runId}/terminate`, { reason: 'bad record' });
    expect(terminated.status, JSON.stringify(terminated.body)).toBe(200);
    expect(terminated.body).toMatchObject({ id: runId, object: 'run', status: 'terminated' });
    expect(terminated.body.closedAt).not.toBeNull();

    const run = await harness.waitForRun(runId);
    expectRunStatus(run, 'terminated');
    expect(run.error?.message).toBe('bad record');

    const audit = await harness.api.request('GET', `/v1/audit-events?targetId=${runId}`);
    expect(audit.body.data).toEqual([
      expect.objectContaining({
        action: 'run.terminated',
        targetType: 'run',
        targetId: runId,
        data: expect.objectContaining({ reason: 'bad record' }),
      }),
    ]);

    const again = await harness.api.request('POST', `/v1/runs/${runId}/terminate`, { reason: 'twice' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('run_not_running');
  });

  it('answers 400 naming the reason, 404 for an unknown run, 401 and 403 without runs:write', async () => {
    const runId = await startRun(waitingForever);
    const missing = await harness.api.request('POST', `/v1/runs/${runId}/terminate`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].path).toBe('reason');
    const blank = await harness.api.request('POST', `/v1/runs/${runId}/terminate`, { reason: '  ' });
    expect(blank.body.errors[0]).toMatchObject({ path: 'reason', message: 'reason must not be empty' });

    const unknown = await harness.api.request('POST', '/v1/runs/run_00000000000000000000000000/terminate', {
      reason: 'x',
    });
    expect(unknown.status).toBe(404);
    const anonymous = await harness.api.request(
      'POST',
      `/v1/runs/${runId}/terminate`,
      { reason: 'x' },
      {},
      {
        apiKey: null,
      },
    );
    expect(anonymous.status).toBe(401);
    const reader = await harness.api.request(
      'POST',
      `/v1/runs/${runId}/terminate`,
      { reason: 'x' },
      {},
      {
        apiKey: readerKey,
      },
    );
    expect(reader.status).toBe(403);
    expect(reader.body.requiredScope).toBe('runs:write');

    // none of the refused requests touched the run
    const run = await harness.api.request('GET', `/v1/runs/${runId}`);
    expect(run.body.status).toBe('running');
    await harness.api.request('POST', `/v1/runs/${runId}/cancel`);
  });
});

interface ServerSentEvent {
  event: string;
  id?: string;
  data: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- event payloads are arbitrary JSON
}

/** Reads an SSE response over real HTTP, event by event. */
async function openStream(runId: string, headers: Record<string, string> = {}, apiKey = readerKey) {
  const abort = new AbortController();
  const response = await fetch(`${harness.api.baseUrl}/v1/runs/${runId}/events`, {
    headers: { authorization: `Bearer ${apiKey}`, accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const events: ServerSentEvent[] = [];
  const comments: string[] = [];
  let ended = false;
  const reading = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const fields: Record<string, string> = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            const separator = line.indexOf(': ');
            if (separator > 0) fields[line.slice(0, separator)] = line.slice(separator + 2);
          }
          if (fields.event) {
            events.push({ event: fields.event, id: fields.id, data: JSON.parse(fields.data ?? 'null') });
          }
        }
      }
    } catch (error) {
      if (!abort.signal.aborted) throw error;
    }
    ended = true;
  })();
  return {
    response,
    events,
    comments,
    ended: () => ended,
    async until(predicate: (events: ServerSentEvent[]) => boolean, timeout = 20_000) {
      await expect.poll(() => predicate(events), { timeout, interval: 50 }).toBe(true);
    },
    async close() {
      abort.abort();
      await reading.catch(() => undefined);
    },
    done: reading,
  };
}

describe('GET /v1/runs/:id/events', () => {
  it('streams the step timeline as it changes, then the final status, then ends', async () => {
    const runId = await startRun([
      { id: 'approve', kind: 'waitForEvent', event: 'approval', approval: { prompt: 'Ship it?' } },
      probeStep('after', uniqueLabel('after-approval')),
    ]);
    const stream = await openStream(runId);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toContain('text/event-stream');
    expect(stream.response.headers.get('cache-control')).toContain('no-cache');

    await stream.until((events) =>
      events.some(
        (event) =>
          event.event === 'progress' &&
          event.data.steps.some(
            (step: { id: string; status: string }) => step.id === 'approve' && step.status === 'waiting',
          ),
      ),
    );
    const decided = await harness.api.request('POST', `/v1/runs/${runId}/approvals`, { decision: 'approve' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);

    await stream.done;
    expect(stream.ended()).toBe(true);
    const progress = stream.events.filter((event) => event.event === 'progress');
    expect(progress.length).toBeGreaterThanOrEqual(2);
    const last = stream.events.at(-1);
    expect(last).toMatchObject({ event: 'finished', data: { id: runId, status: 'completed' } });
    expect(last?.data.closedAt).toEqual(expect.any(String));
    // ids count the changes; each progress event differs from the one before
    expect(stream.events.map((event) => Number(event.id))).toEqual(stream.events.map((_, index) => index + 1));
    const bodies = progress.map((event) => JSON.stringify(event.data));
    expect(new Set(bodies).size).toBe(bodies.length);
    expect(progress.at(-1)?.data).toMatchObject({ status: 'completed' });
    const finalSteps = progress.at(-1)?.data.steps as { id: string; status: string; durationMs?: number }[];
    expect(finalSteps.map((step) => [step.id, step.status])).toEqual([
      ['approve', 'succeeded'],
      ['after', 'succeeded'],
    ]);
    expect(finalSteps[1]?.durationMs).toEqual(expect.any(Number));
  });

  it('gives a reconnecting client the current state at once and counts on from Last-Event-ID', async () => {
    const runId = await startRun(waitingForever);
    await harness.waitForRun(runId, (run) => stepOf(run, 'forever').status === 'waiting');
    const stream = await openStream(runId, { 'last-event-id': '41' });
    await stream.until((events) => events.length >= 1, 5_000);
    expect(stream.events[0]).toMatchObject({ event: 'progress', id: '42', data: { status: 'running' } });
    await stream.close();
    await harness.api.request('POST', `/v1/runs/${runId}/cancel`);
  });

  it('stops polling Temporal once the client disconnects', async () => {
    const streams = harness.api.app.get(RunProgressStream);
    const runId = await startRun(waitingForever);
    await harness.waitForRun(runId, (run) => stepOf(run, 'forever').status === 'waiting');
    const before = streams.openStreams;
    const stream = await openStream(runId);
    await stream.until((events) => events.length >= 1, 5_000);
    expect(streams.openStreams).toBe(before + 1);
    await stream.close();
    await expect.poll(() => streams.openStreams, { timeout: 5_000 }).toBe(before);
    await harness.api.request('POST', `/v1/runs/${runId}/cancel`);
  });

  it('answers 404 for an unknown run, 401 without a credential and 403 without runs:read, as problems', async () => {
    const unknown = await harness.api.request('GET', '/v1/runs/run_00000000000000000000000000/events');
    expect(unknown.status).toBe(404);
    expect(unknown.contentType).toContain('application/problem+json');
    const anonymous = await harness.api.request('GET', '/v1/runs/run_x/events', undefined, {}, { apiKey: null });
    expect(anonymous.status).toBe(401);
    const forbidden = await harness.api.request(
      'GET',
      '/v1/runs/run_x/events',
      undefined,
      {},
      {
        apiKey: flowsOnlyKey,
      },
    );
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.requiredScope).toBe('runs:read');
  });
});
