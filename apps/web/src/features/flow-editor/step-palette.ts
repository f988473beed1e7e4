import type { FlowDefinition, FlowStep } from '@tributary/workflows/flow-definition';
import { uniqueStepId } from './step-tree-edit';

/**
 * What the "Add a step" palette offers: every action of every loaded
 * connector ("Acme CMMS: Create work order") and the built-in step kinds,
 * and the new step each one inserts. The new step is as complete as the
 * format allows without the analyst's input, so it validates as soon as it
 * can; blocks start with empty branches, which the canvas offers to fill.
 */
export type PaletteEntry = ActionEntry | BuiltInEntry;

export interface ActionEntry {
  type: 'action';
  key: string;
  title: string;
  description?: string;
  connector: string;
  action: string;
  actionDisplayName: string;
}

export interface BuiltInEntry {
  type: 'builtIn';
  key: string;
  title: string;
  description: string;
  builtIn: BuiltInKind;
}

export type BuiltInKind =
  | 'map'
  | 'if'
  | 'switch'
  | 'forEach'
  | 'parallel'
  | 'wait'
  | 'waitForEvent'
  | 'approval'
  | 'subflow'
  | 'respond'
  | 'fail';

/** The parts of a connector the palette reads (`GET /v1/connectors/{name}`). */
export interface PaletteConnector {
  name: string;
  displayName: string;
  manifest: { actions: Record<string, { displayName: string; description?: string }> };
}

const BUILT_INS: Omit<BuiltInEntry, 'type' | 'key'>[] = [
  { builtIn: 'map', title: 'Map fields', description: 'Turn a record into another shape, with lookups and defaults' },
  { builtIn: 'if', title: 'If / else', description: 'Run steps only when a condition holds' },
  { builtIn: 'switch', title: 'Switch', description: 'Pick a branch by a value' },
  { builtIn: 'forEach', title: 'For each', description: 'Run steps for every item of a list' },
  { builtIn: 'parallel', title: 'Parallel', description: 'Run branches at the same time' },
  { builtIn: 'wait', title: 'Wait', description: 'Pause for a duration or until a time' },
  { builtIn: 'waitForEvent', title: 'Wait for event', description: 'Pause until an event with a matching key arrives' },
  { builtIn: 'approval', title: 'Approval', description: 'Pause until someone approves or rejects' },
  { builtIn: 'subflow', title: 'Sub-flow', description: 'Run another published flow and use its output' },
  { builtIn: 'respond', title: 'Respond', description: "Answer the webhook's caller" },
  { builtIn: 'fail', title: 'Fail', description: 'Stop the run with an error code' },
];

export function paletteEntries(connectors: PaletteConnector[]): PaletteEntry[] {
  const actions = [...connectors]
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .flatMap((connector) =>
      Object.entries(connector.manifest.actions).map(([action, manifest]): ActionEntry => ({
        type: 'action',
        key: `action:${connector.name}:${action}`,
        title: `${connector.displayName}: ${manifest.displayName}`,
        ...(manifest.description ? { description: manifest.description } : {}),
        connector: connector.name,
        action,
        actionDisplayName: manifest.displayName,
      })),
    );
  const builtIns = BUILT_INS.map((entry): BuiltInEntry => ({
    ...entry,
    type: 'builtIn',
    key: `builtIn:${entry.builtIn}`,
  }));
  return [...actions, ...builtIns];
}

/** Entries whose title, description or names contain every word of the search, ignoring case. */
export function filterPalette(entries: PaletteEntry[], search: string): PaletteEntry[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((entry) => {
    const text = [
      entry.title,
      entry.description ?? '',
      entry.type === 'action' ? `${entry.connector} ${entry.action}` : entry.builtIn,
    ]
      .join(' ')
      .toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** A connection of the API, as far as choosing one for a new step needs. */
export interface ConnectionChoice {
  name: string;
  connector: string;
}

export function newStepFor(
  entry: PaletteEntry,
  definition: FlowDefinition,
  connections: ConnectionChoice[] = [],
): FlowStep {
  if (entry.type === 'action') {
    const id = uniqueStepId(definition, entry.actionDisplayName);
    const candidates = connections.filter((connection) => connection.connector === entry.connector);
    return {
      id,
      name: entry.actionDisplayName,
      kind: 'action',
      connector: entry.connector,
      action: entry.action,
      ...(candidates.length === 1 ? { connection: candidates[0]!.name } : {}),
      input: {},
    };
  }
  return newBuiltInStep(entry.builtIn, definition);
}

function newBuiltInStep(kind: BuiltInKind, definition: FlowDefinition): FlowStep {
  switch (kind) {
    case 'map':
      // a mapping needs at least one rule; this one passes the source through until the analyst maps fields
      return {
        id: uniqueStepId(definition, 'map'),
        kind: 'map',
        each: false,
        source: '=$trigger.body',
        mapping: { rules: [{ target: 'record', expression: '$' }] },
      };
    case 'if':
      return {
        id: uniqueStepId(definition, 'check'),
        kind: 'if',
        condition: '$exists($trigger.body)',
        then: [],
        else: [],
      };
    case 'switch':
      return {
        id: uniqueStepId(definition, 'route'),
        kind: 'switch',
        value: '$trigger.body.type',
        cases: [{ when: 'created', steps: [] }],
        default: [],
      };
    case 'forEach':
      return {
        id: uniqueStepId(definition, 'forEachItem'),
        kind: 'forEach',
        items: '$trigger.body.items',
        concurrency: 1,
        batchSize: 250,
        steps: [],
      };
    case 'parallel':
      return {
        id: uniqueStepId(definition, 'parallel'),
        kind: 'parallel',
        wait: 'all',
        branches: [
          { name: 'first', steps: [] },
          { name: 'second', steps: [] },
        ],
      };
    case 'wait':
      return { id: uniqueStepId(definition, 'wait'), kind: 'wait', duration: 'PT5M' };
    case 'waitForEvent': {
      const id = uniqueStepId(definition, 'waitForEvent');
      return { id, kind: 'waitForEvent', event: id };
    }
    case 'approval': {
      const id = uniqueStepId(definition, 'approval');
      return { id, kind: 'waitForEvent', event: id, approval: { prompt: 'Approve this run?' } };
    }
    case 'subflow':
      // the analyst picks the flow; until then validation says a slug is missing
      return { id: uniqueStepId(definition, 'subflow'), kind: 'subflow', flow: '' };
    case 'respond':
      return { id: uniqueStepId(definition, 'respond'), kind: 'respond', status: 200 };
    case 'fail':
      return {
        id: uniqueStepId(definition, 'fail'),
        kind: 'fail',
        error: 'flow_failed',
        message: 'The flow stopped on purpose',
      };
  }
}
