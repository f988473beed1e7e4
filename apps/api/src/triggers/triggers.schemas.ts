import { idPattern } from '@tributary/db';
import { z } from 'zod';
import 'zod-openapi';
import { ListQuery, ListResponse } from '../pagination/list-page';

export const TriggerKind = z.enum(['webhook', 'manual', 'schedule', 'poll', 'subscription']);

export const TriggerResource = z
  .object({
    id: z.string().regex(idPattern('trigger')).meta({ example: 'trg_01jd8x4k3m9t2v6w7y8z0abcde' }),
    object: z.literal('trigger'),
    flowId: z.string(),
    kind: TriggerKind,
    enabled: z
      .boolean()
      .meta({ description: 'false: paused by an operator; webhooks answer 404, schedules do not fire' }),
    current: z
      .boolean()
      .meta({ description: "true for the trigger of the flow's latest published version; older kinds are retired" }),
    runtime: z
      .enum(['active', 'paused', 'stopped', 'not_applicable', 'unknown'])
      .meta({ description: 'what Temporal is doing for it: a running consumer workflow or Schedule, or nothing' }),
    webhookUrl: z.string().nullable().meta({ description: 'where a webhook trigger listens' }),
    config: z.record(z.string(), z.unknown()).meta({ description: "the trigger section of the flow's latest version" }),
    schedule: z
      .object({
        nextFireTimes: z.array(z.iso.datetime()),
        recentFires: z.array(z.object({ scheduledAt: z.iso.datetime(), workflowId: z.string() })),
      })
      .nullable()
      .meta({ description: 'for schedules: upcoming and recent fires, from the Temporal Schedule' }),
    cursor: z.unknown().meta({ description: 'for polling triggers: where the next poll continues' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Trigger' });
export type TriggerResource = z.output<typeof TriggerResource>;

export const TriggerList = ListResponse(TriggerResource).meta({ id: 'TriggerList' });

export const TriggerListQuery = ListQuery.extend({
  flowId: z
    .string()
    .min(1)
    .optional()
    .meta({ param: { description: 'only this flow’s triggers' } }),
  kind: TriggerKind.optional().meta({ param: { description: 'only triggers of this kind' } }),
});
export type TriggerListQuery = z.output<typeof TriggerListQuery>;

export const TriggerPathParams = z.object({ id: z.string().meta({ example: 'trg_01jd8x4k3m9t2v6w7y8z0abcde' }) });
