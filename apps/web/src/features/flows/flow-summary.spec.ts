import { describe, expect, it } from 'vitest';
import { flowExportFileName, flowLastRun, flowStatusLabel, flowTriggerLabel } from './flow-summary';
import type { FlowListItem } from '../../api/flows.api';

const flow: FlowListItem = {
  id: 'flow_1',
  slug: 'orders-sync',
  name: 'Orders',
  description: null,
  publishedVersion: 3,
  webhookPath: 'orders',
  definition: { trigger: { kind: 'webhook', path: 'orders' } },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  lastRun: null,
};

describe('flowStatusLabel', () => {
  it('names the latest published version', () => {
    expect(flowStatusLabel(flow)).toBe('Published v3');
  });

  it('calls a never-published flow a draft', () => {
    expect(flowStatusLabel({ publishedVersion: null })).toBe('Draft');
  });
});

describe('flowTriggerLabel', () => {
  it("names the draft's trigger kind", () => {
    expect(flowTriggerLabel(flow)).toBe('Webhook');
    expect(flowTriggerLabel({ definition: { trigger: { kind: 'schedule' } } })).toBe('Schedule');
  });

  it('shows an unknown kind as it is and a missing one as a dash', () => {
    expect(flowTriggerLabel({ definition: { trigger: { kind: 'carrier-pigeon' } } })).toBe('carrier-pigeon');
    expect(flowTriggerLabel({})).toBe('—');
  });
});

describe('flowLastRun', () => {
  it('reads the latest run, or null when the flow never ran or the API does not say', () => {
    const lastRun = { id: 'run_1', status: 'failed' as const, startedAt: '2026-01-02T00:00:00.000Z', closedAt: null };
    expect(flowLastRun({ ...flow, lastRun })).toBe(lastRun);
    expect(flowLastRun(flow)).toBeNull();
    const { lastRun: _omitted, ...fromAnOlderApi } = flow;
    expect(flowLastRun(fromAnOlderApi as FlowListItem)).toBeNull();
  });
});

describe('flowExportFileName', () => {
  it('marks the file as a Tributary flow', () => {
    expect(flowExportFileName('orders-sync')).toBe('orders-sync.tributary.flow.json');
  });
});
