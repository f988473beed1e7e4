import { FlowTrigger } from '@tributary/workflows/flow-definition';
import { describe, expect, it } from 'vitest';
import { minimalTrigger, webhookAuthOf, webhookPathFromSlug, webhookUrl } from './trigger-edit';

describe('minimalTrigger', () => {
  it('gives valid manual, webhook and schedule triggers', () => {
    for (const kind of ['manual', 'webhook', 'schedule'] as const) {
      expect(FlowTrigger.safeParse(minimalTrigger(kind, 'erp-jobs')).success).toBe(true);
    }
  });

  it('listens on the flow slug', () => {
    expect(minimalTrigger('webhook', 'erp-jobs')).toEqual({ kind: 'webhook', path: 'erp-jobs' });
  });

  it('leaves the connector trigger of a poll to the analyst', () => {
    expect(minimalTrigger('poll', 'x')).toMatchObject({ kind: 'poll', connector: '', trigger: '' });
  });
});

describe('webhooks', () => {
  it('builds the public URL', () => {
    expect(webhookUrl('https://tributary.example', 'erp/jobs')).toBe('https://tributary.example/hooks/erp/jobs');
  });

  it('makes a path the format accepts', () => {
    expect(webhookPathFromSlug('-Odd Slug')).toBe('odd-slug');
  });

  it('keeps the connection when the scheme changes, and drops auth for none', () => {
    expect(webhookAuthOf('hmac', 'erp-hook')).toEqual({ scheme: 'hmac', connection: 'erp-hook' });
    expect(webhookAuthOf('none', 'erp-hook')).toBeUndefined();
  });
});
