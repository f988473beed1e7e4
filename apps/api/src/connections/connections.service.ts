import { Inject, Injectable } from '@nestjs/common';
import type { Connection, Prisma, PrismaClient } from '@tributary/db';
import { AuditLogService } from '../audit/audit-log.service';
import { PRISMA } from '../database/database.module';
import { toJsonValue } from '../database/json-value';
import { isUniqueViolation } from '../database/prisma-errors';
import { isResourceId, newId } from '../ids/resource-id';
import { toListPage, type ListPage, type ListQuery } from '../pagination/list-page';
import { ResourceNotFoundError } from '../problem/api-problem';
import { CONNECTION_SECRET_CIPHER, type ConnectionSecretCipher } from './connection-secret-cipher.provider';
import { ConnectionNameTakenError } from './connections.errors';
import type { ConnectionCreateRequest, ConnectionResource, DeletedConnection } from './connections.schemas';

/**
 * Stored credentials. Secrets are encrypted before they reach the database
 * and are decrypted here only to list their field names; the plaintext is
 * read for real by the worker's runAction activity, never by the API.
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
            config: toJsonValue(request.config),
            encryptedSecrets: this.cipher.encrypt(request.secrets),
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

  async delete(idOrName: string): Promise<DeletedConnection> {
    const deleted = await this.prisma.$transaction(async (tx) => {
      const connection = await tx.connection.findUnique({ where: connectionWhere(idOrName) });
      if (!connection) throw new ResourceNotFoundError('connection', idOrName);
      await tx.connection.delete({ where: { id: connection.id } });
      await this.audit.record(tx, {
        action: 'connection.deleted',
        targetType: 'connection',
        targetId: connection.id,
        data: { name: connection.name },
      });
      return connection;
    });
    return { id: deleted.id, object: 'connection', deleted: true };
  }

  private present(connection: Connection): ConnectionResource {
    return {
      id: connection.id,
      object: 'connection',
      name: connection.name,
      connector: connection.connectorName,
      config: isRecord(connection.config) ? connection.config : {},
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
