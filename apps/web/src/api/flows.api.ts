import { z } from 'zod';
import { getJson, withQuery } from './api-request';
import { listPage } from './list-page';

export const Flow = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullish(),
  /** latest published version; null until the first publish */
  publishedVersion: z.number().int().nullable(),
  /** the working copy; this view reads only its trigger */
  definition: z.looseObject({ trigger: z.looseObject({ kind: z.string(), path: z.string().optional() }) }).optional(),
  /** path of the live webhook trigger (e.g. "/hooks/orders-sync"), when the API lists it */
  /** path after /hooks/ of the live webhook trigger; null when none is live */
  webhookPath: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Flow = z.infer<typeof Flow>;

export const FlowList = listPage(Flow);
export type FlowList = z.infer<typeof FlowList>;

export function listFlows(options: { limit?: number; cursor?: string } = {}, signal?: AbortSignal): Promise<FlowList> {
  return getJson(withQuery('/v1/flows', { limit: options.limit, cursor: options.cursor }), FlowList, signal);
}
