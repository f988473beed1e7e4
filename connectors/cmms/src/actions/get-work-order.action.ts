import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { CmmsAuth } from '../auth';
import { createCmmsClient } from '../client';
import { TimeoutMs, WorkOrder } from '../work-order.schemas';

export const GetWorkOrderInput = z.strictObject({
  id: z.string().trim().min(1).describe('e.g. WO-2026-000123'),
  timeoutMs: TimeoutMs,
});
export type GetWorkOrderInput = z.input<typeof GetWorkOrderInput>;

export const getWorkOrder = defineAction({
  name: 'getWorkOrder',
  displayName: 'Get work order',
  description: 'Reads one work order by id; an unknown id fails the step (404).',
  auth: CmmsAuth,
  input: GetWorkOrderInput,
  output: WorkOrder,
  async run(ctx, input) {
    return createCmmsClient(ctx).getWorkOrder(input.id, { timeoutMs: input.timeoutMs });
  },
});
