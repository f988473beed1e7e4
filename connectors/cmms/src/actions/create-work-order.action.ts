import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { CmmsAuth } from '../auth';
import { createCmmsClient } from '../client';
import { NewWorkOrder, TimeoutMs, WorkOrder } from '../work-order.schemas';

export const CreateWorkOrderInput = NewWorkOrder.extend({ timeoutMs: TimeoutMs });
export type CreateWorkOrderInput = z.input<typeof CreateWorkOrderInput>;

export const CreateWorkOrderOutput = WorkOrder.extend({
  replayed: z.boolean().describe('true when a retry found the work order the first attempt created'),
});
export type CreateWorkOrderOutput = z.output<typeof CreateWorkOrderOutput>;

export const createWorkOrder = defineAction({
  name: 'createWorkOrder',
  displayName: 'Create work order',
  description: 'Creates a work order; sends the step’s idempotency key, so a retried step never creates a second one.',
  auth: CmmsAuth,
  input: CreateWorkOrderInput,
  output: CreateWorkOrderOutput,
  async run(ctx, { timeoutMs, ...order }) {
    const { workOrder, replayed } = await createCmmsClient(ctx).createWorkOrder(order, {
      idempotencyKey: ctx.idempotencyKey,
      timeoutMs,
    });
    return { ...workOrder, replayed };
  },
});
