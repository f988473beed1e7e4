import { Inject, Injectable } from '@nestjs/common';
import { Prisma, type Connection, type PrismaClient, isResourceId, newId } from '@tributary/db';
import { AuditLogService } from '../audit/audit-log.service';
import { PRISMA } from '../database/database.module';
import { toJsonValue } from '../database/json-value';
import { isUniqueViolation } from '../database/prisma-errors';
import { toListPage, type ListPage, type ListQuery } from '../pagination/list-page';
import { ResourceNotFoundError } from '../problem/api-problem';
import { CONNECTION_SECRET_CIPHER, type ConnectionSecretCipher } from './connection-secret-cipher.provider';
import { InvalidRequestError } from '../validation/invalid-request.error';
import { publishedConnectionUsage } from './connection-usage';
import { requiredConnectionFields } from './required-connection-fields';
import { ConnectionInUseError, ConnectionNameTakenError } from './connections.errors';
import {
  ConnectionRateLimit,
  type ConnectionCreateRequest,
  type ConnectionResource,
  type ConnectionUpdateRequest,
  type DeletedConnection,
} from './connections.schemas';

/**
 * Stored credentials. Secrets are encrypted before they reach the database;
 * the API decrypts them only to merge an update into them, and the plaintext
 * is used for real by the worker's activities. No response carries them.
 */
@Injectable()
export class ConnectionsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(CONNECTION_SECRET_CIPHER) private readonly cipher: ConnectionSecretCipher,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
  ) {}

  async create(request: ConnectionCreateRequest): Promise<ConnectionResource> {
    try {
      const connection = await this.prisma.$transaction(async (tx) => {
        const created = await tx.connection.create({
          data: {
            id: newId('connection'),
            name: request.name,
            connectorName: request.connector,
            // The rate limit is stored with the non-secret settings, where the worker reads it.
            config: toJsonValue(
              request.rateLimit === undefined ? request.config : { ...request.config, rateLimit: request.rateLimit },
            ),
            encryptedSecrets: this.cipher.encrypt(request.secrets),
            encryptionKeyId: this.cipher.activeKeyId,
            secretFields: Object.keys(request.secrets).sort(),
          },
        });
        await this.audit.record(tx, {
          action: 'connection.created',
          targetType: 'connection',
          targetId: created.id,
          data: { name: created.name, connector: created.connectorName, secretFields: Object.keys(request.secrets) },
        });
        return created;
      });
      return this.present(connection);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConnectionNameTakenError(request.name);
      throw error;
    }
  }

  async list(query: ListQuery): Promise<ListPage<ConnectionResource>> {
    const rows = await this.prisma.connection.findMany({
      where: query.cursor ? { id: { lt: query.cursor } } : {},
      orderBy: { id: 'desc' },
      take: query.limit + 1,
    });
    return toListPage(rows, query.limit, (row) => this.present(row));
  }

  async get(idOrName: string): Promise<ConnectionResource> {
    const connection = await this.prisma.connection.findUnique({ where: connectionWhere(idOrName) });
    if (!connection) throw new ResourceNotFoundError('connection', idOrName);
    return this.present(connection);
  }

  /**
   * Changes name, settings, rate limit and secrets. Settings and secrets are
   * merged field by field (a value sets, `null` removes, an absent field
   * keeps its value), under a row lock so a token the worker refreshes at the
   * same moment is not lost. A rename is refused while published flow
   * versions use the old name, unless `force`.
   */
  async update(
    idOrName: string,
    request: ConnectionUpdateRequest,
    options: { force: boolean },
  ): Promise<ConnectionResource> {
    try {
      const updated = await this.prisma.$transaction(async (tx) => {
        const current = await lockConnection(tx, idOrName);
        const renamed = request.name !== undefined && request.name !== current.name;
        if (renamed && !options.force) {
          const usage = await publishedConnectionUsage(tx, current.name);
          if (usage.count > 0) throw new ConnectionInUseError(current.name, 'rename', usage);
        }

        const storedConfig = isRecord(current.config) ? current.config : {};
        const config = mergePatch(storedConfig, request.config ?? {});
        if (request.rateLimit === null) delete config.rateLimit;
        else if (request.rateLimit !== undefined) config.rateLimit = request.rateLimit;

        const data: Prisma.ConnectionUpdateInput = { config: toJsonValue(config) };
        if (renamed) data.name = request.name;
        const secretChanges = { set: [] as string[], removed: [] as string[] };
        await refuseRemovingRequiredFields(tx, current.connectorName, request);
        if (request.secrets !== undefined && Object.keys(request.secrets).length > 0) {
          const secrets = mergePatch(this.cipher.decrypt(current.encryptedSecrets), request.secrets);
          for (const [field, value] of Object.entries(request.secrets)) {
            (value === null ? secretChanges.removed : secretChanges.set).push(field);
          }
          data.encryptedSecrets = this.cipher.encrypt(secrets);
          data.encryptionKeyId = this.cipher.activeKeyId;
          data.secretFields = Object.keys(secrets).sort();
        }
        const configFields = changedFields(storedConfig, config);
        const secretsChanged = secretChanges.set.length + secretChanges.removed.length > 0;
        // An update that changes nothing writes nothing: updatedAt and the audit log stay as they are.
        if (!renamed && configFields.length === 0 && !secretsChanged) return current;
        const saved = await tx.connection.update({ where: { id: current.id }, data });
        await this.audit.record(tx, {
          action: 'connection.updated',
          targetType: 'connection',
          targetId: current.id,
          // Names of what changed only: settings can hold sensitive values by mistake, secrets always do.
          data: {
            name: saved.name,
            ...(renamed ? { renamedFrom: current.name, forced: options.force } : {}),
            ...(configFields.length > 0 ? { configFields } : {}),
            ...(secretChanges.set.length > 0 ? { secretFieldsSet: secretChanges.set.sort() } : {}),
            ...(secretChanges.removed.length > 0 ? { secretFieldsRemoved: secretChanges.removed.sort() } : {}),
          },
        });
        return saved;
      });
      return this.present(updated);
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConnectionNameTakenError(request.name ?? idOrName);
      throw error;
    }
  }

  /** Deletes the connection and its pending OAuth2 authorizations; refused while published flows use it, unless `force`. */
  async delete(idOrName: string, options: { force: boolean } = { force: false }): Promise<DeletedConnection> {
    const deleted = await this.prisma.$transaction(async (tx) => {
      const connection = await lockConnection(tx, idOrName);
      const usage = await publishedConnectionUsage(tx, connection.name);
      if (usage.count > 0 && !options.force) throw new ConnectionInUseError(connection.name, 'delete', usage);
      await tx.oAuthAuthorization.deleteMany({ where: { connectionId: connection.id } });
      await tx.connection.delete({ where: { id: connection.id } });
      await this.audit.record(tx, {
        action: 'connection.deleted',
        targetType: 'connection',
        targetId: connection.id,
        data: {
          name: connection.name,
          connector: connection.connectorName,
          secretFields: connection.secretFields,
          ...(usage.count > 0 ? { forced: true, referenceCount: usage.count } : {}),
        },
      });
      return connection;
    });
    return { id: deleted.id, object: 'connection', deleted: true };
  }

  private present(connection: Connection): ConnectionResource {
    const { rateLimit, ...settings } = isRecord(connection.config) ? connection.config : {};
    const parsedRateLimit = ConnectionRateLimit.safeParse(rateLimit);
    // A limit written past the API (SQL, an old version) that does not parse stays visible where it is.
    const config = parsedRateLimit.success || rateLimit === undefined ? settings : { ...settings, rateLimit };
    return {
      id: connection.id,
      object: 'connection',
      name: connection.name,
      connector: connection.connectorName,
      config,
      rateLimit: parsedRateLimit.success ? parsedRateLimit.data : null,
      // stored beside the ciphertext: listing must work without (or after rotating) the key
      secretFields: connection.secretFields,
      createdAt: connection.createdAt.toISOString(),
      updatedAt: connection.updatedAt.toISOString(),
    };
  }
}

function connectionWhere(idOrName: string): Prisma.ConnectionWhereUniqueInput {
  return isResourceId('connection', idOrName) ? { id: idOrName } : { name: idOrName };
}

/** Reads the connection and holds its row lock until the transaction ends (the worker's secret store takes the same lock). */
export async function lockConnection(tx: Prisma.TransactionClient, idOrName: string): Promise<Connection> {
  const byId = isResourceId('connection', idOrName);
  const [locked] = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Connection" WHERE ${byId ? Prisma.sql`"id" = ${idOrName}` : Prisma.sql`"name" = ${idOrName}`}
    FOR UPDATE`;
  if (locked === undefined) throw new ResourceNotFoundError('connection', idOrName);
  return tx.connection.findUniqueOrThrow({ where: { id: locked.id } });
}

/** `null` removes a field; a field the connector requires must be replaced instead. */
async function refuseRemovingRequiredFields(
  tx: Prisma.TransactionClient,
  connectorName: string,
  request: ConnectionUpdateRequest,
): Promise<void> {
  const removed = (['secrets', 'config'] as const).flatMap((part) =>
    Object.entries(request[part] ?? {})
      .filter(([, value]) => value === null)
      .map(([field]) => ({ part, field })),
  );
  if (removed.length === 0) return;
  const required = new Set(await requiredConnectionFields(tx, connectorName));
  const errors = removed
    .filter(({ field }) => required.has(field))
    .map(({ part, field }) => ({
      path: `${part}.${field}`,
      message: `connector "${connectorName}" requires ${field}: send a new value instead of null`,
    }));
  if (errors.length > 0) throw new InvalidRequestError(errors);
}

/** RFC 7396 at the top level: a value sets a field, `null` removes it, absent fields are kept. */
function mergePatch(stored: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...stored };
  for (const [field, value] of Object.entries(patch)) {
    if (value === null) delete merged[field];
    else merged[field] = value;
  }
  return merged;
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields].filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])).sort();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
