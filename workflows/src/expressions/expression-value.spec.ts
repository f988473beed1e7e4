import { describe, expect, it } from 'vitest';
import { ExpressionError, evaluateTemplate, type ExpressionScope } from './expression-value';

const scope: ExpressionScope = {
  trigger: { body: { job: { jobNumber: 'MJ-100001', priority: 'High', dueDate: '15.12.2026', tags: ['a', 'b'] } } },
  steps: { createWorkOrder: { output: { body: { id: 'WO-2026-000001' } } } },
  run: { id: 'run_1', flow: 'demo', version: 3, startedAt: '2026-11-24T10:00:00.000Z' },
  vars: {},
};

describe('evaluateTemplate', () => {
  it('evaluates "=" strings as JSONata over $trigger, $steps and $run', async () => {
    const result = await evaluateTemplate(
      {
        url: "='/api/jobs/' & $trigger.body.job.jobNumber",
        workOrderId: '=$steps.createWorkOrder.output.body.id',
        key: "=$run.id & ':' & $run.version",
      },
      scope,
    );
    expect(result).toEqual({ url: '/api/jobs/MJ-100001', workOrderId: 'WO-2026-000001', key: 'run_1:3' });
  });

  it('keeps literals, including strings escaped with "=="', async () => {
    const result = await evaluateTemplate({ method: 'POST', n: 3, flag: true, eq: '==1+1', list: [1, '=1+1'] }, scope);
    expect(result).toEqual({ method: 'POST', n: 3, flag: true, eq: '=1+1', list: [1, 2] });
  });

  it('converts the ERP date format and priority names the way the demo mapping needs', async () => {
    const result = await evaluateTemplate(
      {
        dueAt: "=$fromMillis($toMillis($trigger.body.job.dueDate, '[D01].[M01].[Y0001]'))",
        priority: "=$lookup({'High': 1, 'Medium': 2, 'Low': 3}, $trigger.body.job.priority)",
      },
      scope,
    );
    expect(result).toEqual({ dueAt: '2026-12-15T00:00:00.000Z', priority: 1 });
  });

  it('leaves out fields whose expression finds nothing', async () => {
    expect(await evaluateTemplate({ missing: '=$trigger.body.nothing', kept: 1 }, scope)).toEqual({ kept: 1 });
  });

  it('reports a syntax error with the field path and the expression', async () => {
    const failure = evaluateTemplate({ body: { title: '=$trigger.body.(' } }, scope);
    await expect(failure).rejects.toBeInstanceOf(ExpressionError);
    await expect(failure).rejects.toThrow(/expression at body\.title failed: .* in "\$trigger\.body\.\("/);
  });
});
