import { Injectable } from '@nestjs/common';
import type { Prisma } from '@tributary/db';
import { toJsonValue } from '../database/json-value';
import { newId } from '../ids/resource-id';

export interface AuditEntry {
  /** e.g. "flow.created", "flow.published" */
  action: string;
  targetType: string;
  targetId: string;
  data?: Record<string, unknown>;
}

/**
 * Appends audit events. It takes the caller's transaction so an event is
 * written exactly when the change it records is.
 */
@Injectable()
export class AuditLogService {
  // No authentication yet: every change is made by "api".
  private readonly actor = 'api';

  async record(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
    await tx.auditEvent.create({
      data: {
        id: newId('auditEvent'),
        actor: this.actor,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        data: toJsonValue(entry.data ?? {}),
      },
    });
  }
}
