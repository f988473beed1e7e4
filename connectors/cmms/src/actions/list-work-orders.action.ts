import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { CmmsAuth } from '../auth';
import { createCmmsClient } from '../client';
import { TimeoutMs, WorkOrder } from '../work-order.schemas';

export const ListWorkOrdersInput = z.strictObject({
  filters: z
    .strictObject({ externalRef: z.string().min(1).optional().describe('Only work orders for this record') })
    .optional(),
  pageSize: z.number().int().min(1).max(100).default(100),
  maxPages: z.number().int().positive().optional().describe('Stop after this many pages; nextPage says where to go on'),
  timeoutMs: TimeoutMs,
});
export type ListWorkOrdersInput = z.input<typeof ListWorkOrdersInput>;

export const ListWorkOrdersOutput = z.object({
  workOrders: z.array(WorkOrder),
  pages: z.number().int().describe('Pages fetched by this attempt'),
  resumedFrom: z
    .number()
    .int()
    .nullable()
    .describe('The page a retried attempt continued from; work orders of earlier pages are not in the output then'),
  nextPage: z.number().int().nullable().describe('First page not fetched because of maxPages; null when all were'),
});
export type ListWorkOrdersOutput = z.output<typeof ListWorkOrdersOutput>;

export const listWorkOrders = defineAction({
  name: 'listWorkOrders',
  displayName: 'List work orders',
  description:
    'Reads work orders page by page, oldest first, heartbeating the next page so a retried attempt continues there.',
  auth: CmmsAuth,
  input: ListWorkOrdersInput,
  output: ListWorkOrdersOutput,
  async run(ctx, input) {
    const pages = createCmmsClient(ctx).workOrderPages({
      pageSize: input.pageSize,
      externalRef: input.filters?.externalRef,
      timeoutMs: input.timeoutMs,
      resumeFrom: ctx.resumeFrom,
    });
    const workOrders: WorkOrder[] = [];
    let fetched = 0;
    let nextPage: number | null = null;
    for await (const page of pages) {
      workOrders.push(...page.body.data);
      fetched += 1;
      ctx.heartbeat(page.next);
      if (input.maxPages !== undefined && fetched >= input.maxPages) {
        nextPage = page.next;
        break;
      }
    }
    return {
      workOrders,
      pages: fetched,
      resumedFrom: typeof ctx.resumeFrom === 'number' ? ctx.resumeFrom : null,
      nextPage,
    };
  },
});
