import { z } from 'zod';
import { requiredText } from '../simulator-kit/required-text';

/** The ERP's local date format, dd.MM.yyyy (e.g. `15.12.2026`); deliberately not ISO so flows must map it. */
export const ErpDate = z
  .string({
    error: (issue) => (issue.input === undefined ? 'required' : 'expected a date as dd.MM.yyyy, e.g. 15.12.2026'),
  })
  // abort: a wrongly formatted date needs one message, not a second "not a calendar date"
  .regex(/^\d{2}\.\d{2}\.\d{4}$/, { message: 'expected a date as dd.MM.yyyy, e.g. 15.12.2026', abort: true })
  .refine(isCalendarDate, 'not a calendar date');

export const JobPriority = z.enum(['High', 'Medium', 'Low'], {
  error: (issue) => (issue.input === undefined ? 'required' : 'expected High, Medium or Low'),
});
export type JobPriority = z.infer<typeof JobPriority>;

export const JobStatus = z.enum(['open', 'scheduled'], { error: 'expected open or scheduled' });
export type JobStatus = z.infer<typeof JobStatus>;

/** A maintenance job exactly as the ERP's API returns it. */
export const MaintenanceJob = z.object({
  /** sequential, e.g. `MJ-100001` */
  jobNumber: z.string(),
  asset: z.string(),
  description: z.string(),
  priority: JobPriority,
  dueDate: ErpDate,
  plant: z.string(),
  status: JobStatus,
  workOrderId: z.string().nullable(),
  raisedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type MaintenanceJob = z.infer<typeof MaintenanceJob>;

/** Body of `POST /api/jobs`. */
export const RaiseMaintenanceJobRequest = z.strictObject({
  asset: requiredText(64),
  description: requiredText(2000),
  priority: JobPriority,
  dueDate: ErpDate,
  plant: requiredText(64).default('HAM-01'),
});
export type RaiseMaintenanceJobRequest = z.infer<typeof RaiseMaintenanceJobRequest>;

/** Body of `PATCH /api/jobs/:jobNumber`: what Tributary writes back once a work order exists. */
export const UpdateMaintenanceJobRequest = z.strictObject({
  workOrderId: requiredText(64),
  /** linking a work order schedules the job unless the caller says otherwise */
  status: JobStatus.default('scheduled'),
});
export type UpdateMaintenanceJobRequest = z.infer<typeof UpdateMaintenanceJobRequest>;

function isCalendarDate(value: string): boolean {
  const [day, month, year] = value.split('.').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
