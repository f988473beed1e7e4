import { describe, expect, it } from 'vitest';
import type { ApiSchema } from '../../api/api-client';
import { COPY_ATTEMPTS, flowCopyRequest, flowCopySlugs } from './flow-copy';

const flow = {
  id: 'flow_1',
  object: 'flow',
  slug: 'orders-sync',
  name: 'Orders to ERP',
  description: 'Copies orders',
  definition: { schemaVersion: 1, trigger: { kind: 'manual' }, steps: [], compensateOnFailure: false },
  publishedVersion: 2,
  webhookPath: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
} as unknown as ApiSchema<'Flow'>;

describe('flowCopyRequest', () => {
  it('copies the draft under the new slug and marks the name as a copy', () => {
    expect(flowCopyRequest(flow, 'orders-sync-copy')).toEqual({
      slug: 'orders-sync-copy',
      name: 'Orders to ERP (copy)',
      description: 'Copies orders',
      definition: flow.definition,
    });
  });

  it('keeps a long name within the 200 characters the API allows', () => {
    const request = flowCopyRequest({ ...flow, name: 'n'.repeat(200) }, 'x-copy');
    expect(request.name).toHaveLength(200);
    expect(request.name.endsWith(' (copy)')).toBe(true);
  });
});

describe('flowCopySlugs', () => {
  it('tries "-copy" first, then numbered copies', () => {
    const slugs = flowCopySlugs('orders-sync');
    expect(slugs.slice(0, 2)).toEqual(['orders-sync-copy', 'orders-sync-copy-2']);
    expect(slugs).toHaveLength(COPY_ATTEMPTS);
  });
});
