import type { Prisma } from '@tributary/db';
import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { connectionReferences } from '../flows/flow-connection-references';
import type { ConnectionReference } from './connections.schemas';

/** More than enough to show the user where to look; the count is exact regardless. */
const MAX_LISTED = 50;

export interface ConnectionUsage {
  /** how many places in published versions name the connection */
  count: number;
  /** the first of them, by flow and version */
  references: ConnectionReference[];
}

/**
 * Where published flow versions name a connection: action steps and their
 * compensations at any depth, poll/subscription triggers, webhook trigger
 * auth. Every published version counts, not only the latest: runs of older
 * versions may still be in flight or restarted.
 */
export async function publishedConnectionUsage(db: Prisma.TransactionClient, name: string): Promise<ConnectionUsage> {
  // A cheap text filter first; the definitions it lets through are then walked properly.
  const candidates = await db.$queryRaw<{ slug: string; version: number; definition: FlowDefinition }[]>`
    SELECT f."slug", v."version", v."definition" FROM "FlowVersion" v JOIN "Flow" f ON f."id" = v."flowId"
    WHERE strpos(v."definition"::text, ${JSON.stringify(name)}) > 0
    ORDER BY f."slug", v."version"`;
  const references: ConnectionReference[] = [];
  let count = 0;
  for (const candidate of candidates) {
    for (const reference of connectionReferences(candidate.definition)) {
      if (reference.name !== name) continue;
      count += 1;
      if (references.length < MAX_LISTED) {
        references.push({ flow: candidate.slug, version: candidate.version, path: toJsonPointer(reference.path) });
      }
    }
  }
  return { count, references };
}

function toJsonPointer(path: (string | number)[]): string {
  return path.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
