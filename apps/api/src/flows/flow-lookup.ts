import { type Prisma, isResourceId } from '@tributary/db';

/** `GET /v1/flows/:idOrSlug`: a `flow_…` id, else a slug (slugs cannot contain "_"). */
export function flowWhere(idOrSlug: string): Prisma.FlowWhereUniqueInput {
  return isResourceId('flow', idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug };
}
