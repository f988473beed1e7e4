import type { PrismaClient } from '@tributary/db';
import { readConnectionRateLimit, type ConnectionRateLimit } from './connection-rate-limit';

/** A connection as an action needs it: its connector and its decrypted auth. */
export interface ResolvedConnection {
  id: string;
  name: string;
  connectorName: string;
  /** non-secret settings merged with the decrypted secrets */
  auth: Record<string, unknown>;
  /** the clear secret values, so they can be scrubbed from anything that leaves the activity */
  secretValues: string[];
  /** how many requests per second the system behind it accepts, from every worker together */
  rateLimit?: ConnectionRateLimit;
}

export class ConnectionNotFoundError extends Error {
  readonly code = 'connection_not_found';
}

export interface SecretCipher {
  decrypt(envelope: string): Record<string, unknown>;
}

/**
 * Reads a connection by name and decrypts its secrets. Runs only inside
 * activities, so secrets never pass through workflow history.
 */
export async function resolveConnectionSecrets(
  prisma: PrismaClient,
  cipher: SecretCipher,
  name: string,
): Promise<ResolvedConnection> {
  const row = await prisma.connection.findUnique({ where: { name } });
  if (!row) throw new ConnectionNotFoundError(`connection "${name}" does not exist`);
  const secrets = cipher.decrypt(row.encryptedSecrets);
  // The rate limit is the platform's business, not the connector's: it stays out of `auth`.
  const { rateLimit: _rateLimit, ...config } = (row.config ?? {}) as Record<string, unknown>;
  const rateLimit = readConnectionRateLimit(row.name, (row.config ?? {}) as Record<string, unknown>);
  return {
    id: row.id,
    name: row.name,
    connectorName: row.connectorName,
    auth: { ...config, ...secrets },
    secretValues: collectStrings(secrets),
    ...(rateLimit === undefined ? {} : { rateLimit }),
  };
}

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 4 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}
