import { describe, expect, it } from 'vitest';
import type { FlowListItem } from '../../api/flows.api';
import { flowWebhookPath } from './flow-webhook';

const base: FlowListItem = {
  id: 'flow_1',
  slug: 'orders-sync',
  name: 'Orders',
  description: null,
  publishedVersion: 2,
  webhookPath: 'orders/paid',
  definition: { trigger: { kind: 'webhook', path: 'orders/draft-edit' } },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  lastRun: null,
};

describe('flowWebhookPath', () => {
  it("shows the live trigger's URL path, not the draft's", () => {
    expect(flowWebhookPath(base)).toBe('/hooks/orders/paid');
  });

  it('gives none when no webhook trigger is live', () => {
    expect(flowWebhookPath({ ...base, publishedVersion: null, webhookPath: null })).toBeNull();
  });
});
