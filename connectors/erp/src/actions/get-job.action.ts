import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { ErpAuth } from '../auth';
import { createErpClient } from '../client';
import { JobNumber, MaintenanceJob, TimeoutMs } from '../maintenance-job.schemas';

export const GetJobInput = z.strictObject({ jobNumber: JobNumber, timeoutMs: TimeoutMs });
export type GetJobInput = z.input<typeof GetJobInput>;

export const getJob = defineAction({
  name: 'getJob',
  displayName: 'Get maintenance job',
  description: 'Reads one maintenance job by number; an unknown number fails the step (404).',
  auth: ErpAuth,
  input: GetJobInput,
  output: MaintenanceJob,
  async run(ctx, input) {
    return createErpClient(ctx).getJob(input.jobNumber, { timeoutMs: input.timeoutMs });
  },
});
