import { describe, expect, it } from 'vitest';
import { sampleFromTestRun, statusesFromTestRun } from './test-run-sample';

describe('the last test run as sample data', () => {
  it('puts the payload under trigger and each output under its step', () => {
    const steps = {
      mapJob: { status: 'succeeded', output: { title: 'Leak' } },
      createWorkOrder: { status: 'running' },
    };
    expect(sampleFromTestRun({ body: { job: 1 } }, steps)).toEqual({
      trigger: { body: { job: 1 } },
      steps: { mapJob: { output: { title: 'Leak' } }, createWorkOrder: {} },
    });
    expect(statusesFromTestRun(steps)).toEqual({ mapJob: 'succeeded', createWorkOrder: 'running' });
  });

  it('has no trigger sample before any test run', () => {
    expect(sampleFromTestRun(null, {})).toEqual({ steps: {} });
  });
});
