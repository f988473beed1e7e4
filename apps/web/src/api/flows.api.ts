import { apiGet, type ApiSchema } from './api-client';

type ApiFlow = ApiSchema<'Flow'>;

/**
 * A flow as the flows view reads it: the API's `Flow`, of whose working copy
 * the view only needs the trigger.
 */
export type Flow = Omit<ApiFlow, 'object' | 'definition'> & {
  definition?: { trigger: { kind: string; path?: string } };
};

export type FlowList = Omit<ApiSchema<'FlowList'>, 'data'> & { data: Flow[] };

export function listFlows(options: { limit?: number; cursor?: string } = {}, signal?: AbortSignal): Promise<FlowList> {
  return apiGet('/v1/flows', {
    query: { limit: options.limit, cursor: options.cursor },
    ...(signal ? { signal } : {}),
  });
}
