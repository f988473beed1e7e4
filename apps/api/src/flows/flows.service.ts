import { Inject, Injectable } from '@nestjs/common';
import { type Flow, type Prisma, type PrismaClient, newId } from '@tributary/db';
import { AuditLogService } from '../audit/audit-log.service';
import { PRISMA } from '../database/database.module';
import { toJsonValue } from '../database/json-value';
import { isUniqueViolation } from '../database/prisma-errors';
import { toListPage, type ListPage } from '../pagination/list-page';
import { ResourceNotFoundError } from '../problem/api-problem';
import { readLastRuns } from './flow-last-runs.reader';
import { flowWhere } from './flow-lookup';
import { FlowSlugTakenError } from './flows.errors';
import { presentFlow, type FlowLiveState } from './flows.presenter';
import type { FlowCreateRequest, FlowListQuery, FlowResource, FlowUpdateRequest } from './flows.schemas';

// Every read wants the latest published version number beside the flow.
const withLatestVersion = {
  versions: { orderBy: { version: 'desc' }, take: 1, select: { version: true } },
  triggers: { where: { kind: 'webhook', enabled: true }, take: 1, select: { path: true } },
} as const;

type FlowWithLatestVersion = Prisma.FlowGetPayload<{ include: typeof withLatestVersion }>;

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
      return presentFlow(flow, { publishedVersion: null, webhookPath: null, lastRun: null });
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

  /** Newest first; `search` matches a substring of the name or slug, ignoring case. */
  async list(query: FlowListQuery): Promise<ListPage<FlowResource>> {
    const rows = await this.prisma.flow.findMany({
      where: {
        ...(query.cursor ? { id: { lt: query.cursor } } : {}),
        ...(query.search
          ? {
              OR: [
                { name: { contains: likeLiteral(query.search), mode: 'insensitive' } },
                { slug: { contains: likeLiteral(query.search), mode: 'insensitive' } },
              ],
            }
          : {}),
      },
      orderBy: { id: 'desc' },
      take: query.limit + 1,
      include: withLatestVersion,
    });
    const live = await this.liveStates(rows.slice(0, query.limit));
    return toListPage(rows, query.limit, (row) => presentFlow(row, live(row)));
  }

  async get(idOrSlug: string): Promise<FlowResource> {
    const flow = await this.prisma.flow.findUnique({ where: flowWhere(idOrSlug), include: withLatestVersion });
    if (!flow) throw new ResourceNotFoundError('flow', idOrSlug);
    const live = await this.liveStates([flow]);
    return presentFlow(flow, live(flow));
  }

  /** Replaces the draft; published versions stay as they were. */
  async updateDraft(idOrSlug: string, request: FlowUpdateRequest): Promise<FlowResource> {
    const flow = await this.prisma.$transaction(async (tx) => {
      const existing = await tx.flow.findUnique({ where: flowWhere(idOrSlug), select: { id: true } });
      if (!existing) throw new ResourceNotFoundError('flow', idOrSlug);
      await this.replaceDraft(tx, existing.id, request);
      return tx.flow.findUniqueOrThrow({ where: { id: existing.id }, include: withLatestVersion });
    });
    const live = await this.liveStates([flow]);
    return presentFlow(flow, live(flow));
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

  /**
   * What is live for each flow: its newest published version, the webhook
   * path that starts it and its last run (read for all the rows at once).
   */
  private async liveStates(rows: FlowWithLatestVersion[]): Promise<(row: FlowWithLatestVersion) => FlowLiveState> {
    const lastRuns = await readLastRuns(
      this.prisma,
      rows.map((row) => row.id),
    );
    return (row) => ({
      publishedVersion: row.versions[0]?.version ?? null,
      webhookPath: row.triggers[0]?.path ?? null,
      lastRun: lastRuns.get(row.id) ?? null,
    });
  }
}

// Prisma passes `contains` into ILIKE as is; escaped, "50%" and "a_b" match only themselves.
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
