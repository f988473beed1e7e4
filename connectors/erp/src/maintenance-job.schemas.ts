import { z } from 'zod';

export const JobPriority = z.enum(['High', 'Medium', 'Low']);
export const JobStatus = z.enum(['open', 'scheduled']);

/** The ERP's local date format, dd.MM.yyyy (e.g. 15.12.2026). */
export const ErpDate = z
  .string()
  .regex(/^\d{2}\.\d{2}\.\d{4}$/, 'expected a date as dd.MM.yyyy, e.g. 15.12.2026')
  .describe('dd.MM.yyyy, e.g. 15.12.2026');

/** A maintenance job as the ERP returns it. */
export const MaintenanceJob = z.object({
  jobNumber: z.string().describe('e.g. MJ-100001'),
  asset: z.string(),
  description: z.string(),
  priority: JobPriority,
  dueDate: z.string().describe('dd.MM.yyyy'),
  plant: z.string(),
  status: JobStatus,
  workOrderId: z.string().nullable(),
  raisedAt: z.string(),
  updatedAt: z.string(),
});
export type MaintenanceJob = z.output<typeof MaintenanceJob>;

export const JobNumber = z.string().trim().min(1).max(64).describe('e.g. MJ-100001');

/** Per-attempt timeout every action accepts. */
export const TimeoutMs = z.number().int().positive().max(600_000).default(30_000).describe('Per attempt');
