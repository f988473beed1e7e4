import { describe, expect, it } from 'vitest';
import { previewMappingDraft } from './mapping-draft-preview';

const source = { job: { asset: ' pump-07 ', priority: 'High' }, description: 'Replace seal' };

describe('previewing a mapping being edited', () => {
  it('maps the sample with the engine, transforms included', async () => {
    const preview = await previewMappingDraft(
      {
        rules: [
          { target: 'assetTag', expression: '$uppercase($trim(job.asset))' },
          { target: 'priority', source: 'job.priority', transforms: [{ kind: 'lookup', table: { High: 1 } }] },
          { target: 'title', source: 'description' },
        ],
      },
      source,
    );
    expect(preview).toEqual({ output: { assetTag: 'PUMP-07', priority: 1, title: 'Replace seal' }, errors: [] });
  });

  it('reports field errors at their target', async () => {
    const preview = await previewMappingDraft(
      { rules: [{ target: 'priority', source: 'job.priority', transforms: [{ kind: 'lookup', table: { Low: 3 } }] }] },
      source,
    );
    expect(preview.errors).toEqual([{ target: 'priority', message: expect.stringContaining('no lookup entry for') }]);
  });

  it('leaves out placeholders and invalid rules, reporting the latter, and still maps the rest', async () => {
    const preview = await previewMappingDraft(
      {
        rules: [
          { target: 'waiting', source: '' },
          { target: 'broken', expression: '$trim(' },
          { target: 'bad path', source: 'job..asset' },
          { target: 'title', source: 'description' },
        ],
      },
      source,
    );
    expect(preview.output).toEqual({ title: 'Replace seal' });
    expect(preview.errors.map((error) => error.target)).toEqual(['broken', 'bad path', 'bad path']);
  });

  it('checks the output against the target schema and places violations at their field', async () => {
    const preview = await previewMappingDraft({ rules: [{ target: 'asset.site', value: 1 }] }, source, {
      targetSchema: {
        type: 'object',
        required: ['title'],
        properties: { title: { type: 'string' }, asset: { type: 'object', properties: { site: { type: 'string' } } } },
      },
    });
    expect(preview.errors).toEqual([
      { target: 'title', message: 'is required by the target schema' },
      { target: 'asset.site', message: expect.stringContaining('Expected "string"') },
    ]);
  });

  it('maps nothing without rules, without complaining about it', async () => {
    expect(await previewMappingDraft({ rules: [] }, source)).toEqual({ output: null, errors: [] });
  });

  it('passes bindings to expressions', async () => {
    const preview = await previewMappingDraft({ rules: [{ target: 'site', expression: '$vars.site' }] }, source, {
      bindings: { vars: { site: 'HAM' } },
    });
    expect(preview.output).toEqual({ site: 'HAM' });
  });
});
