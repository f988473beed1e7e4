import { z } from 'zod';

/** 1 = high, 2 = medium, 3 = low: the CMMS's numeric scale. */
export const WorkOrderPriority = z.literal([1, 2, 3]).describe('1 = high, 2 = medium, 3 = low');

const text = (maxLength: number) => z.string().trim().min(1).max(maxLength);

/** A work order as the CMMS returns it. */
export const WorkOrder = z.object({
  id: z.string().describe('e.g. WO-2026-000123'),
  title: z.string(),
  assetTag: z.string(),
  priority: WorkOrderPriority,
  dueAt: z.string().describe('ISO-8601 date-time in UTC'),
  status: z.string(),
  description: z.string().optional(),
  externalRef: z.string().optional().describe('Id of the record in the system that asked for the work order'),
  createdAt: z.string(),
});
export type WorkOrder = z.output<typeof WorkOrder>;

/** Body of `POST /api/work-orders`, with the limits the CMMS enforces. */
export const NewWorkOrder = z.strictObject({
  title: text(200),
  assetTag: text(64),
  priority: WorkOrderPriority,
  dueAt: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], {
      error: 'expected an ISO-8601 date-time with Z or an offset, or a date (YYYY-MM-DD)',
    })
    .describe('e.g. 2026-12-15T08:00:00Z or 2026-12-15'),
  description: text(4000).optional(),
  externalRef: text(128).optional(),
});
export type NewWorkOrder = z.output<typeof NewWorkOrder>;

/** One page of `GET /api/work-orders`. */
export const WorkOrderPage = z.object({
  data: z.array(WorkOrder),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  nextPage: z.number().int().nullable(),
});
export type WorkOrderPage = z.output<typeof WorkOrderPage>;

/** Per-attempt timeout every action accepts. */
export const TimeoutMs = z.number().int().positive().max(600_000).default(30_000).describe('Per attempt');
