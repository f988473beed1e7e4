import { describe, expect, it } from 'vitest';
import { FlowWritePipe } from './flow-write.pipe';
import { InvalidFlowDefinitionError } from './flows.errors';
import { FlowCreateEnvelope, FlowUpdateEnvelope } from './flows.schemas';

const validDefinition = {
  schemaVersion: 1,
  trigger: { kind: 'webhook', path: 'erp/jobs' },
  steps: [{ id: 'fetch', kind: 'action', connector: 'http', action: 'request', input: { url: 'http://x' } }],
};

function rejection(pipe: FlowWritePipe<typeof FlowCreateEnvelope | typeof FlowUpdateEnvelope>, body: unknown) {
  try {
    pipe.transform(body);
  } catch (error) {
    if (error instanceof InvalidFlowDefinitionError) return error;
    throw error;
  }
  throw new Error('expected the body to be rejected');
}

describe('FlowWritePipe', () => {
  const create = new FlowWritePipe(FlowCreateEnvelope);

  it('passes a valid body through with the parsed definition', () => {
    const body = create.transform({ slug: 'erp-to-cmms', name: ' ERP to CMMS ', definition: validDefinition });
    expect(body.slug).toBe('erp-to-cmms');
    expect(body.name).toBe('ERP to CMMS');
    expect(body.definition.steps).toHaveLength(1);
  });

  it('lists every invalid field of the envelope and the definition at once, by path', () => {
    const error = rejection(create, {
      slug: 'Not A Slug',
      name: '',
      definition: {
        schemaVersion: 1,
        trigger: { kind: 'webhook', path: 'erp/jobs' },
        steps: [
          { id: 'a', kind: 'teleport' },
          { id: 'b', kind: 'action', action: 'request' },
        ],
      },
    });
    expect(error.status).toBe(400);
    expect(error.code).toBe('invalid_flow_definition');
    const paths = error.errors.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['slug', 'name', 'definition.steps[0].kind', 'definition.steps[1].connector']),
    );
    expect(error.errors.every((issue) => issue.message.length > 0)).toBe(true);
  });

  it('reports a missing definition at "definition"', () => {
    const error = rejection(create, { slug: 'ok', name: 'Ok' });
    expect(error.errors).toEqual([expect.objectContaining({ path: 'definition' })]);
  });

  it('rejects a body that is not an object without crashing', () => {
    const error = rejection(create, 'nope');
    expect(error.errors.map((issue) => issue.path)).toEqual(expect.arrayContaining(['definition']));
  });

  it('does not ask for a slug when updating a draft', () => {
    const update = new FlowWritePipe(FlowUpdateEnvelope);
    expect(update.transform({ name: 'Renamed', definition: validDefinition }).name).toBe('Renamed');
  });
});
