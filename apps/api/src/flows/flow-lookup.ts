import type { Prisma } from '@tributary/db';
import { isResourceId } from '../ids/resource-id';

/** `GET /v1/flows/:idOrSlug`: a `flow_…` id, else a slug (slugs cannot contain "_"). */
export function flowWhere(idOrSlug: string): Prisma.FlowWhereUniqueInput {
  return isResourceId('flow', idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug };
}
