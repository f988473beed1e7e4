import { Inject, Injectable } from '@nestjs/common';
import type { Flow, Prisma, PrismaClient } from '@tributary/db';
import { AuditLogService } from '../audit/audit-log.service';
import { PRISMA } from '../database/database.module';
import { isUniqueViolation } from '../database/prisma-errors';
import { ResourceNotFoundError } from '../problem/api-problem';
import { connectionNames } from './flow-connection-references';
import type { FlowImportQuery, FlowImportRequest, FlowImportResult } from './flow-export.schemas';
import { FlowPublisher } from './flow-publisher.service';
import { FlowValidationService } from './flow-validation.service';
import { FlowConnectionsMissingError, FlowSlugTakenError } from './flows.errors';
import { FlowsService } from './flows.service';
import { FlowVersionsService } from './flow-versions.service';

/**
 * Imports an exported flow document: creates the flow or replaces an
 * existing draft, and optionally publishes it through the one publish path.
 * Publishing is refused while a referenced connection is missing here;
 * saving the draft is not.
 */
@Injectable()
export class FlowImportService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
    @Inject(FlowsService) private readonly flows: FlowsService,
    @Inject(FlowVersionsService) private readonly versions: FlowVersionsService,
    @Inject(FlowPublisher) private readonly publisher: FlowPublisher,
    @Inject(FlowValidationService) private readonly validation: FlowValidationService,
  ) {}

  async import(request: FlowImportRequest, query: FlowImportQuery): Promise<FlowImportResult> {
    const missingConnections = await this.validation.missingConnections(connectionNames(request.definition));
    // Checked before anything is written, so a refused import-and-publish leaves no draft behind.
    if (request.publish && missingConnections.length > 0) throw new FlowConnectionsMissingError(missingConnections);
    let created = false;
    const writeDraft = async (tx: Prisma.TransactionClient): Promise<string> => {
      const result = await this.writeDraft(tx, request, query);
      created = result.created;
      return result.flow.id;
    };
    try {
      let flowId: string;
      let version: FlowImportResult['version'] = null;
      if (request.publish) {
        const published = await this.publisher.publish({
          flowId: writeDraft,
          source: (_tx, flow) => ({ definition: flow.draft, replaceDraft: false, audit: { action: 'flow.published' } }),
        });
        flowId = published.flow.id;
        version = await this.versions.get(flowId, published.version.version);
      } else {
        flowId = await this.prisma.$transaction(writeDraft);
      }
      return { object: 'flow_import', created, flow: await this.flows.get(flowId), version, missingConnections };
    } catch (error) {
      // Another request created the same slug between our lookup and insert (the publisher
      // already turned a webhook path race into its own problem).
      if (isUniqueViolation(error)) throw new FlowSlugTakenError(request.slug);
      throw error;
    }
  }

  private async writeDraft(
    tx: Prisma.TransactionClient,
    request: FlowImportRequest,
    query: FlowImportQuery,
  ): Promise<{ flow: Flow; created: boolean }> {
    const existing = await tx.flow.findUnique({ where: { slug: request.slug }, select: { id: true } });
    if (existing === null && query.mode === 'update') throw new ResourceNotFoundError('flow', request.slug);
    if (existing !== null && query.mode === 'create' && !request.overwrite) throw new FlowSlugTakenError(request.slug);
    const draft = { name: request.name, description: request.description ?? null, definition: request.definition };
    const flow =
      existing === null
        ? await this.flows.insert(tx, { slug: request.slug, ...draft })
        : await this.flows.replaceDraft(tx, existing.id, draft);
    await this.audit.record(tx, {
      action: 'flow.imported',
      targetType: 'flow',
      targetId: flow.id,
      data: { slug: flow.slug, created: existing === null, exportedFrom: request.exportedFrom ?? null },
    });
    return { flow, created: existing === null };
  }
}
