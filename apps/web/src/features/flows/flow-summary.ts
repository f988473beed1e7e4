import type { FlowListItem } from '../../api/flows.api';

/** "Draft" for a flow never published, else "Published v<N>" of its latest version. */
export function flowStatusLabel(flow: Pick<FlowListItem, 'publishedVersion'>): string {
  return flow.publishedVersion === null ? 'Draft' : `Published v${flow.publishedVersion}`;
}

const TRIGGER_LABELS: Record<string, string> = {
  manual: 'Manual',
  webhook: 'Webhook',
  schedule: 'Schedule',
  poll: 'Poll',
  subscription: 'Subscription',
};

/** The draft's trigger kind for people ("webhook" → "Webhook"); a kind this UI does not know is shown as is. */
export function flowTriggerLabel(flow: Pick<FlowListItem, 'definition'>): string {
  const kind = flow.definition?.trigger.kind;
  if (!kind) return '—';
  return TRIGGER_LABELS[kind] ?? kind;
}

/** The flow's latest run, or null when it never ran. */
export function flowLastRun(flow: FlowListItem): NonNullable<FlowListItem['lastRun']> | null {
  return flow.lastRun ?? null;
}

/** The name of the file an export is saved as: `<slug>.tributary.flow.json`. */
export function flowExportFileName(slug: string): string {
  return `${slug}.tributary.flow.json`;
}
