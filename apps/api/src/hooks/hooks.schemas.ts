import { idPattern } from '@tributary/db';
import { z } from 'zod';
import 'zod-openapi';
import { RunStatus } from '../runs/runs.schemas';

export const WebhookAccepted = z
  .object({
    object: z.literal('run'),
    id: z.string().regex(idPattern('run')),
    workflowId: z.string(),
    status: RunStatus,
    duplicate: z.boolean().meta({
      description: "true when the trigger's business key matched an existing run, which is returned instead (200)",
    }),
    links: z.object({ self: z.string().meta({ example: '/v1/runs/run_01jd8x4k3m9t2v6w7y8z0abcde' }) }),
  })
  .meta({ id: 'WebhookAccepted', description: 'the run the webhook started (or, for a duplicate key, found)' });
export type WebhookAccepted = z.output<typeof WebhookAccepted>;

export const WebhookPathParams = z.object({
  path: z.string().meta({ param: { description: 'the webhook path declared by the flow trigger; may contain "/"' } }),
});

export const WebhookQuery = z.object({
  sync: z
    .enum(['1', 'true', '0', 'false'])
    .optional()
    .meta({
      param: {
        description:
          "1: wait (up to HOOK_SYNC_TIMEOUT_MS) and answer with the run's `respond` step, or its output when it " +
          'completes (200), or a 502 problem when it fails; 202 with the run when the wait runs out',
      },
    }),
});

export const WebhookBody = z
  .unknown()
  .meta({ description: 'any JSON, form or text body; the run sees it as $trigger.body' });

export const FlowResponseBody = z.unknown().meta({
  description: "the body a `respond` step sets (any content type it declares), or the completed run's output",
});
