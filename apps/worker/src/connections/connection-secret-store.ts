import type { ConnectionHandle, ConnectionSecretsUpdate } from '@tributary/connector-sdk';
import type { ConnectionSecretCipher, PrismaClient } from '@tributary/db';
import { ConnectionNotFoundError } from './connection-secrets';

/**
 * Writes secrets an action learns (a refreshed OAuth2 token, a rotated refresh
 * token) back to the Connection row, one writer at a time.
 */
export interface ConnectionSecretStore {
  /**
   * Locks the connection row (`SELECT … FOR UPDATE`), decrypts it, runs
   * `update` with the connection as stored now (config merged with secrets),
   * merges what it returns into the secrets, re-encrypts and saves, all in one
   * transaction. A concurrent caller waits for the lock and then sees this
   * one's result, so a single-use refresh token is spent only once.
   * Resolves with the connection as stored afterwards.
   */
  updateSecrets(name: string, update: ConnectionSecretsUpdate): Promise<StoredConnection>;
}

export interface StoredConnection {
  /** non-secret settings merged with the decrypted secrets, as `ctx.auth` has them */
  auth: Record<string, unknown>;
  /** the clear secret values, to scrub from anything that leaves the activity */
  secretValues: string[];
}

export interface ConnectionSecretStoreOptions {
  /**
   * How long one update may hold the lock, token request included (Prisma's
   * interactive transaction timeout); a waiting caller's time counts against
   * its own transaction. Default 60 s: two token requests' default timeouts.
   */
  transactionTimeoutMs?: number;
}

interface LockedConnectionRow {
  id: string;
  encryptedSecrets: string;
  config: unknown;
}

/**
 * The database-backed store behind `ctx.connection` in the worker.
 *
 * @example
 * const store = createConnectionSecretStore(prisma, cipher);
 * await store.updateSecrets('crm', async (current) => (isFresh(current) ? undefined : await refresh(current)));
 */
export function createConnectionSecretStore(
  prisma: PrismaClient,
  cipher: ConnectionSecretCipher,
  options: ConnectionSecretStoreOptions = {},
): ConnectionSecretStore {
  const timeout = options.transactionTimeoutMs ?? 60_000;
  return {
    updateSecrets(name, update) {
      return prisma.$transaction(
        async (tx) => {
          const [row] = await tx.$queryRaw<LockedConnectionRow[]>`
            SELECT "id", "encryptedSecrets", "config" FROM "Connection" WHERE "name" = ${name} FOR UPDATE`;
          if (row === undefined) throw new ConnectionNotFoundError(`connection "${name}" does not exist`);
          const secrets = cipher.decrypt(row.encryptedSecrets);
          const config = isRecord(row.config) ? row.config : {};
          const patch = await update({ ...config, ...secrets });
          if (patch === undefined) return { auth: { ...config, ...secrets }, secretValues: secretValuesOf(secrets) };

          const next = withoutUndefined({ ...secrets, ...patch });
          await tx.connection.update({
            where: { id: row.id },
            data: {
              encryptedSecrets: cipher.encrypt(next),
              encryptionKeyId: cipher.activeKeyId,
              secretFields: Object.keys(next).sort(),
            },
          });
          return { auth: { ...config, ...next }, secretValues: secretValuesOf(next) };
        },
        { timeout, maxWait: timeout },
      );
    },
  };
}

/**
 * The `ctx.connection` of one action run: updates go to the store, and every
 * secret value stored is reported to `onSecrets`, so the activity scrubs new
 * tokens from its failures as it does the ones it started with.
 */
export function storedConnectionHandle(
  store: ConnectionSecretStore,
  name: string,
  onSecrets: (values: string[]) => void,
): ConnectionHandle {
  return {
    async updateSecrets(update) {
      const stored = await store.updateSecrets(name, async (current) => {
        const patch = await update(current);
        // Reported before the write, so a failure of the write itself cannot show a new token either.
        if (patch !== undefined) onSecrets(secretValuesOf(patch));
        return patch;
      });
      onSecrets(stored.secretValues);
      return stored.auth;
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field set to `undefined` (an expiry the server no longer gives) is removed, as JSON would drop it. */
function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** Every string among the secrets; short ones are left out, as `resolveConnectionSecrets` does, since scrubbing "1" would mangle messages. */
function secretValuesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 4 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(secretValuesOf);
  if (isRecord(value)) return Object.values(value).flatMap(secretValuesOf);
  return [];
}
