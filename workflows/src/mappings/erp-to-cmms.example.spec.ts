import { describe, expect, it } from 'vitest';
import { applyMapping } from './apply-mapping';
import { erpJobToCmmsWorkOrder } from './erp-to-cmms.example';

/** A maintenance job as examples/erp-simulator returns it. */
const job = {
  jobNumber: 'MJ-100001',
  asset: 'pump-07',
  description: '  Replace the mechanical seal on feed pump 7; it drips at the shaft.  ',
  priority: 'High',
  dueDate: '15.12.2026',
  plant: 'HAM-01',
  status: 'open',
  workOrderId: null,
  raisedAt: '2026-11-24T10:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
};

describe('the ERP → CMMS example mapping', () => {
  it('turns a maintenance job into the work order the CMMS expects', async () => {
    const result = await applyMapping(erpJobToCmmsWorkOrder, job);
    expect(result.errors).toEqual([]);
    expect(result.output).toEqual({
      title: 'Replace the mechanical seal on feed pump 7; it drips at the shaft.',
      assetTag: 'PUMP-07',
      priority: 1,
      dueAt: '2026-12-14T23:00:00.000Z',
      description: 'Replace the mechanical seal on feed pump 7; it drips at the shaft.\n\nPlant HAM-01',
      externalRef: 'ERP-MJ-100001',
    });
  });

  it('maps the priority words to 1/2/3, ignoring case, and an unknown one to 2', async () => {
    const priorities = await Promise.all(
      ['High', 'medium', 'LOW', 'Urgent', ''].map(
        async (priority) => (await applyMapping(erpJobToCmmsWorkOrder, { ...job, priority })).output.priority,
      ),
    );
    expect(priorities).toEqual([1, 2, 3, 2, 2]);
  });

  it('converts a summer due date with the summer offset', async () => {
    const result = await applyMapping(erpJobToCmmsWorkOrder, { ...job, dueDate: '01.07.2026' });
    expect(result.output.dueAt).toBe('2026-06-30T22:00:00.000Z');
  });

  it('cuts the title to 200 characters', async () => {
    const result = await applyMapping(erpJobToCmmsWorkOrder, { ...job, description: 'x'.repeat(500) });
    expect(result.output.title).toHaveLength(200);
    expect(result.ok).toBe(true);
  });

  it('reports a job without asset or with an impossible date per field', async () => {
    const result = await applyMapping(erpJobToCmmsWorkOrder, { ...job, asset: ' ', dueDate: '31.11.2026' });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      { path: 'assetTag', code: 'required', message: 'required, but source "asset" gave "" after its transforms' },
      {
        path: 'dueAt',
        code: 'invalid_date',
        message:
          'transforms[0] date: "31.11.2026" is not a date in the format dd.MM.yyyy: it is not a valid date or time',
      },
    ]);
    expect(result.output).not.toHaveProperty('assetTag');
  });
});
