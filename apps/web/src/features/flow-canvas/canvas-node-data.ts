import type { FlowStep, FlowTrigger } from '@tributary/workflows/flow-definition';

/** What a step node shows; plain values only, compared field by field to skip re-renders. */
export interface StepNodeData extends Record<string, unknown> {
  stepId: string;
  /** the step's name, else its id */
  title: string;
  /** the kind, or the connector action's display name */
  subtitle: string;
  /** one or two letters: the connector's initial, or the kind's */
  badge: string;
  badgeKind: 'connector' | 'kind' | 'trigger';
  problem?: string;
  status?: string;
  selected: boolean;
  header: boolean;
}

const KIND_LABELS: Record<FlowStep['kind'], { label: string; badge: string }> = {
  action: { label: 'action', badge: 'A' },
  map: { label: 'map fields', badge: 'M' },
  if: { label: 'if / else', badge: 'IF' },
  switch: { label: 'switch', badge: 'SW' },
  forEach: { label: 'for each', badge: 'FE' },
  parallel: { label: 'parallel', badge: 'PA' },
  wait: { label: 'wait', badge: 'W' },
  waitForEvent: { label: 'wait for event', badge: 'EV' },
  subflow: { label: 'sub-flow', badge: 'SF' },
  respond: { label: 'respond', badge: 'R' },
  fail: { label: 'fail', badge: 'F' },
};

export interface NodeDataContext {
  /** "acme-cmms:createWorkOrder" → "Create work order" */
  actionNames: Map<string, string>;
  /** "acme-cmms" → "Acme CMMS" */
  connectorNames: Map<string, string>;
}

export function stepNodeData(
  step: FlowStep,
  context: NodeDataContext,
  extra: { problem?: string; status?: string; selected: boolean; header: boolean },
): StepNodeData {
  const kind = KIND_LABELS[step.kind];
  let subtitle = kind.label;
  let badge = kind.badge;
  let badgeKind: StepNodeData['badgeKind'] = 'kind';
  if (step.kind === 'action') {
    subtitle = context.actionNames.get(`${step.connector}:${step.action}`) ?? `${step.connector} ${step.action}`;
    const connector = context.connectorNames.get(step.connector) ?? step.connector;
    badge = connector.charAt(0).toUpperCase();
    badgeKind = 'connector';
  } else if (step.kind === 'waitForEvent' && step.approval) {
    subtitle = 'approval';
    badge = 'AP';
  }
  return withExtras({ stepId: step.id, title: step.name || step.id, subtitle, badge, badgeKind }, extra);
}

export function triggerNodeData(
  trigger: FlowTrigger,
  extra: { problem?: string; status?: string; selected: boolean },
): StepNodeData {
  const subtitle = trigger.kind === 'webhook' && trigger.path ? `webhook /hooks/${trigger.path}` : trigger.kind;
  return withExtras(
    { stepId: 'trigger', title: 'Trigger', subtitle, badge: 'T', badgeKind: 'trigger' },
    { ...extra, header: false },
  );
}

function withExtras(
  base: Pick<StepNodeData, 'stepId' | 'title' | 'subtitle' | 'badge' | 'badgeKind'>,
  extra: { problem?: string; status?: string; selected: boolean; header: boolean },
): StepNodeData {
  return {
    ...base,
    ...(extra.problem ? { problem: extra.problem } : {}),
    ...(extra.status ? { status: extra.status } : {}),
    selected: extra.selected,
    header: extra.header,
  };
}

export function sameNodeData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}
