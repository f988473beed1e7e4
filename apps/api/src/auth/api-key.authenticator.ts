import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@tributary/db';
import { PRISMA } from '../database/database.module';
import type { Principal } from './principal';
import { sha256Hex } from './secret-token';

// `lastUsedAt` is a hint for humans ("unused for months?"), not an audit
// trail: writing it once a minute per key keeps reads from becoming writes.
const LAST_USED_RESOLUTION_MS = 60_000;

/** Resolves `Authorization: Bearer <key>` to the key's principal. */
@Injectable()
export class ApiKeyAuthenticator {
  private readonly lastUsedWrites = new Map<string, number>();

  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async authenticate(token: string): Promise<Principal | null> {
    const key = await this.prisma.apiKey.findUnique({
      where: { hash: sha256Hex(token) },
      select: { id: true, scopes: true, revokedAt: true },
    });
    if (!key || key.revokedAt) return null;
    this.touch(key.id);
    return { kind: 'apiKey', id: key.id, scopes: key.scopes };
  }

  private touch(keyId: string): void {
    const now = Date.now();
    if (now - (this.lastUsedWrites.get(keyId) ?? 0) < LAST_USED_RESOLUTION_MS) return;
    this.lastUsedWrites.set(keyId, now);
    const cutoff = new Date(now - LAST_USED_RESOLUTION_MS);
    // Other API processes may have written it within the minute; the WHERE makes that a no-op.
    void this.prisma.apiKey
      .updateMany({
        where: { id: keyId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: cutoff } }] },
        data: { lastUsedAt: new Date(now) },
      })
      .catch(() => this.lastUsedWrites.delete(keyId));
  }
}
