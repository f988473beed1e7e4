import { describe, expect, it } from 'vitest';
import { readFlowImportFile } from './flow-import-file';

const exported = {
  format: 'tributary.flow',
  formatVersion: 1,
  slug: 'orders-sync',
  name: 'Orders',
  definition: { schemaVersion: 1, trigger: { kind: 'manual' }, steps: [] },
  connections: [],
  exportedFrom: { draft: true, exportedAt: '2026-01-01T00:00:00.000Z' },
};

describe('readFlowImportFile', () => {
  it('imports an exported document as a draft, without publishing', () => {
    const reading = readFlowImportFile(JSON.stringify(exported), { overwrite: false });
    expect(reading).toEqual({ ok: true, document: { ...exported, publish: false, overwrite: false } });
  });

  it('can ask to replace the draft of an existing flow', () => {
    const reading = readFlowImportFile(JSON.stringify(exported), { overwrite: true });
    expect(reading.ok && reading.document.overwrite).toBe(true);
  });

  it('says when the file is not JSON', () => {
    const reading = readFlowImportFile('{"format": ', { overwrite: false });
    expect(reading).toMatchObject({ ok: false, problem: expect.stringMatching(/^The file is not valid JSON/) });
  });

  it('says when the file is JSON but not a flow export', () => {
    expect(readFlowImportFile('[1, 2]', { overwrite: false })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/expected a JSON object/),
    });
    expect(readFlowImportFile('{"steps": []}', { overwrite: false })).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/"format" is missing, expected "tributary.flow"/),
    });
  });
});
