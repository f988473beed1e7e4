import { z } from 'zod';
import { Expression } from './step-options';

/**
 * A business key turns "the same business event" into "the same run": the
 * key becomes part of the Temporal workflow id, so a webhook or message
 * delivered twice can never start a second run.
 */
export const BusinessKey = z
  .object({
    /** evaluated over the trigger payload, e.g. "$trigger.body.job.jobNumber" */
    expression: Expression,
    /** `useExisting`: a duplicate returns the existing run; `reject`: it is refused with 409 */
    onDuplicate: z.enum(['useExisting', 'reject']).default('useExisting'),
  })
  .strict();
export type BusinessKey = z.infer<typeof BusinessKey>;

export const WebhookTrigger = z
  .object({
    kind: z.literal('webhook'),
    /** what follows /hooks/ in the inbound URL */
    path: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-_/]{0,127}$/, 'webhook path must be lower-case letters, digits, -, _ or /'),
    businessKey: BusinessKey.optional(),
  })
  .strict();

export const ManualTrigger = z.object({ kind: z.literal('manual'), businessKey: BusinessKey.optional() }).strict();

export const FlowTrigger = z.discriminatedUnion('kind', [WebhookTrigger, ManualTrigger]);
export type FlowTrigger = z.infer<typeof FlowTrigger>;
