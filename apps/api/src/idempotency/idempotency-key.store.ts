import { Inject, Injectable } from '@nestjs/common';
import type { IdempotencyKey, PrismaClient } from '@tributary/db';
import { toJsonValue } from '../database/json-value';
import { PRISMA } from '../database/database.module';

export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
// A claim nobody completed for this long belongs to a process that died mid-request.
const ABANDONED_CLAIM_MS = 5 * 60 * 1000;
// About one claim in a hundred also deletes every expired key (an indexed range
// delete), so the table stays small without a scheduler.
const SWEEP_PROBABILITY = 0.01;

export interface IdempotencyClaim {
  principal: string;
  key: string;
  requestHash: string;
  method: string;
  path: string;
}

export interface StoredResponse {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * The `IdempotencyKey` table. A request claims its key with an INSERT before
 * it acts, so of two concurrent requests exactly one acts; the response is
 * filled in afterwards.
 */
@Injectable()
export class IdempotencyKeyStore {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  /** True when this request now owns the key; otherwise `existing` says who does. */
  async claim(claim: IdempotencyClaim): Promise<{ claimed: true } | { claimed: false; existing: IdempotencyKey }> {
    const id = rowId(claim.principal, claim.key);
    const now = new Date();
    if (Math.random() < SWEEP_PROBABILITY) {
      await this.prisma.idempotencyKey.deleteMany({ where: { expiresAt: { lt: now } } });
    } else {
      await this.prisma.idempotencyKey.deleteMany({ where: { id, expiresAt: { lt: now } } });
    }
    const { count } = await this.prisma.idempotencyKey.createMany({
      data: [{ id, ...claim, expiresAt: new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_MS) }],
      skipDuplicates: true,
    });
    if (count === 1) return { claimed: true };
    const existing = await this.prisma.idempotencyKey.findUnique({ where: { id } });
    // deleted (expired, or released after a 5xx) between our insert and read: try once more
    if (!existing) return this.claim(claim);
    return { claimed: false, existing };
  }

  /** Takes over a claim whose request never finished; true when this request now owns it. */
  async takeOverAbandoned(existing: IdempotencyKey): Promise<boolean> {
    if (Date.now() - existing.createdAt.getTime() < ABANDONED_CLAIM_MS) return false;
    const { count } = await this.prisma.idempotencyKey.updateMany({
      where: { id: existing.id, responseStatus: null, createdAt: existing.createdAt },
      data: { createdAt: new Date() },
    });
    return count === 1;
  }

  async complete(principal: string, key: string, response: StoredResponse): Promise<void> {
    await this.prisma.idempotencyKey.update({
      where: { id: rowId(principal, key) },
      data: {
        responseStatus: response.status,
        ...(response.body === undefined ? {} : { responseBody: toJsonValue(response.body) }),
        responseHeaders: response.headers,
      },
    });
  }

  /** Forgets the key, so a retry acts afresh (after an outcome worth retrying, e.g. a 503). */
  async release(principal: string, key: string): Promise<void> {
    await this.prisma.idempotencyKey.deleteMany({ where: { id: rowId(principal, key), responseStatus: null } });
  }
}

function rowId(principal: string, key: string): string {
  return `${principal}:${key}`;
}
