import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { ErpAuth } from '../auth';
import { createErpClient } from '../client';
import { JobNumber, JobStatus, MaintenanceJob, TimeoutMs } from '../maintenance-job.schemas';

export const UpdateJobInput = z.strictObject({
  jobNumber: JobNumber,
  // The ERP's PATCH always links a work order, so the id is required.
  workOrderId: z.string().trim().min(1).max(64).describe('The CMMS work order that handles the job'),
  status: JobStatus.optional().describe('Defaults to scheduled in the ERP'),
  timeoutMs: TimeoutMs,
});
export type UpdateJobInput = z.input<typeof UpdateJobInput>;

export const updateJob = defineAction({
  name: 'updateJob',
  displayName: 'Link work order to job',
  description: 'Writes the work-order id (and status) back to a maintenance job. Repeating it is harmless.',
  auth: ErpAuth,
  input: UpdateJobInput,
  output: MaintenanceJob,
  async run(ctx, { jobNumber, timeoutMs, ...change }) {
    return createErpClient(ctx).updateJob(jobNumber, change, { timeoutMs });
  },
});
