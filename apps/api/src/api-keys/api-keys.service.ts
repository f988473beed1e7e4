import { Inject, Injectable } from '@nestjs/common';
import { type PrismaClient, newId } from '@tributary/db';
import { AuditLogService } from '../audit/audit-log.service';
import type { Principal } from '../auth/principal';
import { scopesNotGranted } from '../auth/scopes';
import { newSecretToken, sha256Hex } from '../auth/secret-token';
import { PRISMA } from '../database/database.module';
import { toListPage, type ListPage } from '../pagination/list-page';
import { ResourceNotFoundError } from '../problem/api-problem';
import { ScopeEscalationError } from './api-keys.errors';
import { presentApiKey } from './api-keys.presenter';
import type { ApiKeyCreateRequest, ApiKeyListQuery, ApiKeyResource, ApiKeyWithSecret } from './api-keys.schemas';

/** `trb_` and 43 base64url characters (256 random bits). */
export const API_KEY_PREFIX = 'trb_';
/** how much of the key lists show: `trb_` and 8 characters */
const SHOWN_PREFIX_LENGTH = API_KEY_PREFIX.length + 8;

/** API keys: the key is returned once at creation; only its sha256 is stored. */
@Injectable()
export class ApiKeysService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
  ) {}

  async create(creator: Principal, request: ApiKeyCreateRequest): Promise<ApiKeyWithSecret> {
    const notHeld = scopesNotGranted(creator.scopes, request.scopes);
    if (notHeld.length > 0) throw new ScopeEscalationError(notHeld);
    const key = newSecretToken(API_KEY_PREFIX);
    const row = await this.prisma.$transaction(async (tx) => {
      const created = await tx.apiKey.create({
        data: {
          id: newId('apiKey'),
          name: request.name,
          prefix: key.slice(0, SHOWN_PREFIX_LENGTH),
          hash: sha256Hex(key),
          scopes: request.scopes,
          createdBy: creator.id,
        },
      });
      await this.audit.record(tx, {
        action: 'api_key.created',
        targetType: 'api_key',
        targetId: created.id,
        data: { name: created.name, prefix: created.prefix, scopes: created.scopes },
      });
      return created;
    });
    return { ...presentApiKey(row), key };
  }

  async list(query: ApiKeyListQuery): Promise<ListPage<ApiKeyResource>> {
    const rows = await this.prisma.apiKey.findMany({
      where: query.cursor ? { id: { lt: query.cursor } } : {},
      orderBy: { id: 'desc' },
      take: query.limit + 1,
    });
    return toListPage(rows, query.limit, presentApiKey);
  }

  async get(id: string): Promise<ApiKeyResource> {
    const row = await this.prisma.apiKey.findUnique({ where: { id } });
    if (!row) throw new ResourceNotFoundError('api_key', id);
    return presentApiKey(row);
  }

  /** Revoking twice is harmless: the second call returns the key as it is. */
  async revoke(id: string): Promise<ApiKeyResource> {
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
      const row = await tx.apiKey.findUnique({ where: { id } });
      if (!row) throw new ResourceNotFoundError('api_key', id);
      if (count === 1) {
        await this.audit.record(tx, {
          action: 'api_key.revoked',
          targetType: 'api_key',
          targetId: id,
          data: { name: row.name, prefix: row.prefix },
        });
      }
      return presentApiKey(row);
    });
  }
}
