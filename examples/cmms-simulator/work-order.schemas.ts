import { z } from 'zod';
import { requiredText } from '../simulator-kit/required-text';

/** 1 = high, 2 = medium, 3 = low — the CMMS's numeric scale, unlike the ERP's words. */
export const WorkOrderPriority = z.literal([1, 2, 3], {
  error: (issue) => (issue.input === undefined ? 'required' : 'expected 1 (high), 2 (medium) or 3 (low)'),
});
export type WorkOrderPriority = z.infer<typeof WorkOrderPriority>;

/** A work order exactly as the CMMS's API returns it. */
export const WorkOrder = z.object({
  /** sequential per year, e.g. `WO-2026-000123` */
  id: z.string(),
  title: z.string(),
  assetTag: z.string(),
  priority: WorkOrderPriority,
  dueAt: z.iso.datetime(),
  status: z.literal('open'),
  description: z.string().optional(),
  /** the id of the record in the system that asked for this work order */
  externalRef: z.string().optional(),
  createdAt: z.iso.datetime(),
});
export type WorkOrder = z.infer<typeof WorkOrder>;

/**
 * Body of `POST /api/work-orders`. `dueAt` takes an ISO-8601 date-time with an
 * offset (`2026-12-15T00:00:00Z`) or a plain ISO date, and is stored as UTC.
 */
export const CreateWorkOrderRequest = z.strictObject({
  title: requiredText(200),
  assetTag: requiredText(64),
  priority: WorkOrderPriority,
  dueAt: z
    .union([z.iso.datetime({ offset: true }), z.iso.date()], {
      error: (issue) =>
        issue.input === undefined ? 'required' : 'expected an ISO-8601 date-time such as 2026-12-15T08:00:00Z',
    })
    .transform((value) => new Date(value).toISOString()),
  description: requiredText(4000).optional(),
  externalRef: requiredText(128).optional(),
});
export type CreateWorkOrderRequest = z.infer<typeof CreateWorkOrderRequest>;

/** Query of `GET /api/work-orders`. */
export const ListWorkOrdersQuery = z.object({
  page: z.coerce
    .number({ error: 'expected a whole number ≥ 1' })
    .int('expected a whole number ≥ 1')
    .min(1, 'expected a whole number ≥ 1')
    .default(1),
  pageSize: z.coerce
    .number({ error: 'expected a whole number from 1 to 100' })
    .int('expected a whole number from 1 to 100')
    .min(1, 'expected a whole number from 1 to 100')
    .max(100, 'expected a whole number from 1 to 100')
    .default(20),
  externalRef: z.string().optional(),
});
export type ListWorkOrdersQuery = z.infer<typeof ListWorkOrdersQuery>;
