import { Injectable } from '@nestjs/common';
import { type Prisma, newId } from '@tributary/db';
import { currentPrincipal } from '../auth/principal';
import { toJsonValue } from '../database/json-value';

export interface AuditEntry {
  /** e.g. "flow.created", "flow.published" */
  action: string;
  targetType: string;
  targetId: string;
  data?: Record<string, unknown>;
  /** defaults to the caller of the current request (its key id or user id) */
  actor?: string;
}

/** Changes made outside any authenticated request (start-up, webhooks) are the system's. */
export const SYSTEM_ACTOR = 'system';

/**
 * Appends audit events. It takes the caller's transaction so an event is
 * written exactly when the change it records is. The actor is the principal
 * the access guard authenticated for this request (`key_…` or `usr_…`).
 */
@Injectable()
export class AuditLogService {
  async record(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
    await tx.auditEvent.create({
      data: {
        id: newId('auditEvent'),
        actor: entry.actor ?? currentPrincipal()?.id ?? SYSTEM_ACTOR,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        data: toJsonValue(entry.data ?? {}),
      },
    });
  }
}
