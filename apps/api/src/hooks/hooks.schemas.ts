import { z } from 'zod';
import 'zod-openapi';
import { idPattern } from '../ids/resource-id';

export const WebhookAccepted = z
  .object({
    object: z.literal('run'),
    id: z.string().regex(idPattern('run')),
    workflowId: z.string(),
    status: z.literal('running'),
    links: z.object({ self: z.string().meta({ example: '/v1/runs/run_01jd8x4k3m9t2v6w7y8z0abcde' }) }),
  })
  .meta({ id: 'WebhookAccepted', description: 'the run the webhook started' });
export type WebhookAccepted = z.output<typeof WebhookAccepted>;

export const WebhookPathParams = z.object({
  path: z.string().meta({ param: { description: 'the webhook path declared by the flow trigger; may contain "/"' } }),
});

export const WebhookBody = z
  .unknown()
  .meta({ description: 'any JSON, form or text body; the run sees it as $trigger.body' });
