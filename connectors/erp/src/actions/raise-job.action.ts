import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { ErpAuth } from '../auth';
import { createErpClient } from '../client';
import { ErpDate, JobPriority, MaintenanceJob, TimeoutMs } from '../maintenance-job.schemas';

export const RaiseJobInput = z.strictObject({
  asset: z.string().trim().min(1).max(64),
  description: z.string().trim().min(1).max(2000),
  priority: JobPriority,
  dueDate: ErpDate,
  plant: z.string().trim().min(1).max(64).optional().describe('Defaults to HAM-01 in the ERP'),
  timeoutMs: TimeoutMs,
});
export type RaiseJobInput = z.input<typeof RaiseJobInput>;

export const raiseJob = defineAction({
  name: 'raiseJob',
  displayName: 'Raise maintenance job',
  description:
    'Raises a maintenance job (the ERP then sends its maintenance_job.raised webhook). The ERP has no idempotency ' +
    'keys: a step retried after a lost response can raise the job twice.',
  auth: ErpAuth,
  input: RaiseJobInput,
  output: MaintenanceJob,
  async run(ctx, { timeoutMs, ...job }) {
    return createErpClient(ctx).raiseJob(job, { timeoutMs });
  },
});
