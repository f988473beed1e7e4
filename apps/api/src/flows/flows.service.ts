import { Inject, Injectable } from '@nestjs/common';
import { type Flow, type Prisma, type PrismaClient, newId } from '@tributary/db';
import { AuditLogService } from '../audit/audit-log.service';
import { PRISMA } from '../database/database.module';
import { toJsonValue } from '../database/json-value';
import { isUniqueViolation } from '../database/prisma-errors';
import { toListPage, type ListPage, type ListQuery } from '../pagination/list-page';
import { ResourceNotFoundError } from '../problem/api-problem';
import { flowWhere } from './flow-lookup';
import { FlowSlugTakenError } from './flows.errors';
import { presentFlow } from './flows.presenter';
import type { FlowCreateRequest, FlowResource, FlowUpdateRequest } from './flows.schemas';

// Every read wants the latest published version number beside the flow.
const withLatestVersion = {
  versions: { orderBy: { version: 'desc' }, take: 1, select: { version: true } },
  triggers: { where: { kind: 'webhook', enabled: true }, take: 1, select: { path: true } },
} as const;

/** What is live for a flow: its newest published version and the webhook path that starts it. */
function liveState(row: { versions: { version: number }[]; triggers: { path: string | null }[] }) {
  return { publishedVersion: row.versions[0]?.version ?? null, webhookPath: row.triggers[0]?.path ?? null };
}

/** Flows and their drafts. Publishing lives in FlowVersionsService. */
@Injectable()
export class FlowsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
  ) {}

  async create(request: FlowCreateRequest): Promise<FlowResource> {
    try {
      const flow = await this.prisma.$transaction((tx) => this.insert(tx, request));
      return presentFlow(flow, { publishedVersion: null, webhookPath: null });
    } catch (error) {
      if (isUniqueViolation(error)) throw new FlowSlugTakenError(request.slug);
      throw error;
    }
  }

  /** Inside the caller's transaction (create, import): the new flow row and its audit event. */
  async insert(tx: Prisma.TransactionClient, request: FlowCreateRequest): Promise<Flow> {
    const created = await tx.flow.create({
      data: {
        id: newId('flow'),
        slug: request.slug,
        name: request.name,
        description: request.description ?? null,
        draft: toJsonValue(request.definition),
      },
    });
    await this.audit.record(tx, {
      action: 'flow.created',
      targetType: 'flow',
      targetId: created.id,
      data: { slug: created.slug },
    });
    return created;
  }

  async list(query: ListQuery): Promise<ListPage<FlowResource>> {
    const rows = await this.prisma.flow.findMany({
      where: query.cursor ? { id: { lt: query.cursor } } : {},
      orderBy: { id: 'desc' },
      take: query.limit + 1,
      include: withLatestVersion,
    });
    return toListPage(rows, query.limit, (row) => presentFlow(row, liveState(row)));
  }

  async get(idOrSlug: string): Promise<FlowResource> {
    const flow = await this.prisma.flow.findUnique({ where: flowWhere(idOrSlug), include: withLatestVersion });
    if (!flow) throw new ResourceNotFoundError('flow', idOrSlug);
    return presentFlow(flow, liveState(flow));
  }

  /** Replaces the draft; published versions stay as they were. */
  async updateDraft(idOrSlug: string, request: FlowUpdateRequest): Promise<FlowResource> {
    const flow = await this.prisma.$transaction(async (tx) => {
      const existing = await tx.flow.findUnique({ where: flowWhere(idOrSlug), select: { id: true } });
      if (!existing) throw new ResourceNotFoundError('flow', idOrSlug);
      await this.replaceDraft(tx, existing.id, request);
      return tx.flow.findUniqueOrThrow({ where: { id: existing.id }, include: withLatestVersion });
    });
    return presentFlow(flow, liveState(flow));
  }

  /** Inside the caller's transaction (update, import): the new draft and its audit event. */
  async replaceDraft(tx: Prisma.TransactionClient, flowId: string, request: FlowUpdateRequest): Promise<Flow> {
    const updated = await tx.flow.update({
      where: { id: flowId },
      data: {
        name: request.name,
        description: request.description ?? null,
        draft: toJsonValue(request.definition),
      },
    });
    await this.audit.record(tx, { action: 'flow.updated', targetType: 'flow', targetId: updated.id });
    return updated;
  }
}
