import { describe, expect, it } from 'vitest';
import type { Flow } from '../../api/flows.api';
import { flowWebhookPath } from './flow-webhook';

const base: Flow = {
  id: 'flow_1',
  slug: 'orders-sync',
  name: 'Orders',
  description: null,
  publishedVersion: 2,
  definition: { trigger: { kind: 'webhook', path: 'orders/paid' } },
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('flowWebhookPath', () => {
  it('uses the live path when the API lists it', () => {
    expect(flowWebhookPath({ ...base, webhookPath: '/hooks/orders-v2' })).toBe('/hooks/orders-v2');
    expect(flowWebhookPath({ ...base, webhookPath: null })).toBeNull();
  });

  it("otherwise builds it from the webhook trigger of a published flow's definition", () => {
    expect(flowWebhookPath(base)).toBe('/hooks/orders/paid');
  });

  it('gives none for a flow that was never published', () => {
    expect(flowWebhookPath({ ...base, publishedVersion: null })).toBeNull();
  });

  it('gives none for a manually started flow', () => {
    expect(flowWebhookPath({ ...base, definition: { trigger: { kind: 'manual' } } })).toBeNull();
  });
});
