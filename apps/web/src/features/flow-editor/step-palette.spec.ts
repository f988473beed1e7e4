import { describe, expect, it } from 'vitest';
import { validateFlowDefinition, type FlowDefinition } from '@tributary/workflows/flow-definition';
import { filterPalette, newStepFor, paletteEntries, type PaletteConnector } from './step-palette';

const cmms: PaletteConnector = {
  name: 'acme-cmms',
  displayName: 'Acme CMMS',
  manifest: {
    actions: {
      createWorkOrder: { displayName: 'Create work order', description: 'Opens a work order for an asset' },
      getAsset: { displayName: 'Get asset' },
    },
  },
};
const erp: PaletteConnector = {
  name: 'acme-erp',
  displayName: 'Acme ERP',
  manifest: { actions: { linkWorkOrder: { displayName: 'Link work order to job' } } },
};

const empty: FlowDefinition = { schemaVersion: 1, trigger: { kind: 'manual' }, steps: [], compensateOnFailure: false };

describe('the step palette', () => {
  it('titles connector actions "<connector>: <action>" and lists the built-in kinds', () => {
    const titles = paletteEntries([erp, cmms]).map((entry) => entry.title);
    expect(titles.slice(0, 3)).toEqual([
      'Acme CMMS: Create work order',
      'Acme CMMS: Get asset',
      'Acme ERP: Link work order to job',
    ]);
    expect(titles).toContain('Map fields');
    expect(titles).toContain('If / else');
    expect(titles).toContain('Approval');
  });

  it('finds entries by every word of the search', () => {
    const entries = paletteEntries([cmms, erp]);
    expect(filterPalette(entries, 'work order').map((entry) => entry.title)).toEqual([
      'Acme CMMS: Create work order',
      'Acme ERP: Link work order to job',
    ]);
    expect(filterPalette(entries, 'JOB').map((entry) => entry.title)).toEqual(['Acme ERP: Link work order to job']);
    expect(filterPalette(entries, 'map')[0]!.title).toBe('Map fields');
    expect(filterPalette(entries, '')).toHaveLength(entries.length);
  });

  it('creates an action step named after the action, with the only connection of its connector', () => {
    const [create] = paletteEntries([cmms]);
    const connections = [
      { name: 'plant-cmms', connector: 'acme-cmms' },
      { name: 'plant-erp', connector: 'acme-erp' },
    ];
    expect(newStepFor(create!, empty, connections)).toEqual({
      id: 'createWorkOrder',
      name: 'Create work order',
      kind: 'action',
      connector: 'acme-cmms',
      action: 'createWorkOrder',
      connection: 'plant-cmms',
      input: {},
    });
    const two = [...connections, { name: 'test-cmms', connector: 'acme-cmms' }];
    expect(newStepFor(create!, empty, two)).not.toHaveProperty('connection');
  });

  it('makes new steps that validate (blocks with empty branches too), except a sub-flow, which needs its flow', () => {
    let definition = empty;
    const problems: Record<string, string[]> = {};
    for (const entry of paletteEntries([cmms])) {
      const step = newStepFor(entry, definition);
      definition = { ...definition, steps: [...definition.steps, step] };
      const result = validateFlowDefinition({ ...empty, steps: [step] });
      problems[entry.title] = result.ok ? [] : result.issues.map((issue) => issue.message);
    }
    expect(new Set(definition.steps.map((step) => step.id)).size).toBe(definition.steps.length);
    expect(Object.keys(problems).length).toBeGreaterThan(10);
    const { 'Sub-flow': subflow, ...others } = problems;
    for (const [title, messages] of Object.entries(others)) expect(messages, title).toEqual([]);
    expect(subflow).toEqual(['flow slug: lower-case letters, digits and -']);
  });
});
