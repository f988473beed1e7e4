import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { describe, expect, it } from 'vitest';
import { resolveStepRunInput } from './step-run-input';

const definition = {
  schemaVersion: 1,
  trigger: { kind: 'webhook', path: 'jobs' },
  steps: [
    { id: 'mapJob', kind: 'map', rules: [{ target: 'title', from: '=$trigger.body.title' }], each: false },
    {
      id: 'create',
      kind: 'action',
      connector: 'http',
      action: 'request',
      input: { method: 'POST', body: '=$steps.mapJob.output', url: '=$trigger.query.to' },
    },
    {
      id: 'each',
      kind: 'forEach',
      items: '=$trigger.body.lines',
      concurrency: 1,
      batchSize: 250,
      steps: [{ id: 'line', kind: 'action', connector: 'http', action: 'request', input: { item: '=$item' } }],
    },
    { id: 'broken', kind: 'action', connector: 'http', action: 'request', input: { x: '=$nope(' } },
  ],
} as unknown as FlowDefinition;

const run = {
  id: 'run_1',
  flow: { id: 'flow_1', slug: 'jobs', version: null },
  startedAt: '2026-01-01T00:00:00.000Z',
  steps: [{ id: 'mapJob', kind: 'map', status: 'succeeded' as const, attempts: 1, output: { title: 'Pump' } }],
};
const payload = { body: { title: 'Pump' }, query: { to: '/orders' }, headers: {} };

describe('resolveStepRunInput', () => {
  it('evaluates an action input over the trigger data and earlier outputs', async () => {
    expect(await resolveStepRunInput(definition, 'create', run, payload)).toEqual({
      kind: 'resolved',
      value: { method: 'POST', body: { title: 'Pump' }, url: '/orders' },
    });
  });

  it('gives a field mapping its source, and inline rules no input', async () => {
    expect((await resolveStepRunInput(definition, 'mapJob', run, payload)).kind).toBe('none');
  });

  it('has no single input inside a loop', async () => {
    expect(await resolveStepRunInput(definition, 'line', run, payload)).toMatchObject({ kind: 'none' });
  });

  it('reports an expression that fails', async () => {
    expect(await resolveStepRunInput(definition, 'broken', run, payload)).toMatchObject({ kind: 'failed' });
  });
});
