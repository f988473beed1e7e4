import type { Prisma } from '@tributary/db';

type JsonSchemaNode = { required?: unknown; anyOf?: unknown; oneOf?: unknown; allOf?: unknown };

/**
 * The connection fields the connector's latest registered manifest requires,
 * so a PATCH cannot remove one with `null`. A union auth (API key or OAuth2)
 * requires what every branch requires. Empty when the connector has not been
 * registered by a worker yet: the API cannot know, "Test connection" will tell.
 */
export async function requiredConnectionFields(db: Prisma.TransactionClient, connectorName: string): Promise<string[]> {
  const latest = await db.connector.findFirst({ where: { name: connectorName }, orderBy: { createdAt: 'desc' } });
  const auth = (latest?.manifest as { auth?: unknown } | null)?.auth;
  return [...requiredIn(auth)].sort();
}

function requiredIn(schema: unknown): Set<string> {
  if (typeof schema !== 'object' || schema === null) return new Set();
  const node = schema as JsonSchemaNode;
  const own = new Set(
    Array.isArray(node.required) ? node.required.filter((f): f is string => typeof f === 'string') : [],
  );
  for (const key of ['anyOf', 'oneOf'] as const) {
    const branches = node[key];
    if (!Array.isArray(branches) || branches.length === 0) continue;
    const [first, ...rest] = branches.map(requiredIn);
    for (const field of first!) if (rest.every((branch) => branch.has(field))) own.add(field);
  }
  if (Array.isArray(node.allOf)) for (const part of node.allOf) for (const field of requiredIn(part)) own.add(field);
  return own;
}
