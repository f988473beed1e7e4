import type { ApiSchema } from '../../api/api-client';
import type { FlowCreateRequest } from '../../api/flows.api';
import { copySlugCandidates } from './flow-slug';

const NAME_MAX_LENGTH = 200;
/** How many "-copy-n" slugs a duplicate tries before giving up and showing the API's 409. */
export const COPY_ATTEMPTS = 20;

/** The create request for a copy of `flow`'s draft under `slug`, named "<name> (copy)". */
export function flowCopyRequest(flow: ApiSchema<'Flow'>, slug: string): FlowCreateRequest {
  const suffix = ' (copy)';
  return {
    slug,
    name: `${flow.name.slice(0, NAME_MAX_LENGTH - suffix.length)}${suffix}`,
    description: flow.description,
    definition: flow.definition,
  };
}

/** The slugs a copy of `slug` tries, in order. */
export function flowCopySlugs(slug: string): string[] {
  return copySlugCandidates(slug, COPY_ATTEMPTS);
}
