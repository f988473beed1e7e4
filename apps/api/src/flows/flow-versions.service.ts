import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@tributary/db';
import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PRISMA } from '../database/database.module';
import { toListPage, type ListPage, type ListQuery } from '../pagination/list-page';
import { ResourceNotFoundError } from '../problem/api-problem';
import { diffFlowDefinitions } from './flow-diff';
import { flowWhere } from './flow-lookup';
import { existingFlowId, FlowPublisher } from './flow-publisher.service';
import { presentFlowVersion } from './flows.presenter';
import type { FlowDiff, FlowPublishRequest, FlowRevision, FlowVersionResource } from './flows.schemas';
import { storedFlowDefinition } from './stored-flow-definition';

/** Publishing drafts as immutable, numbered versions, rolling back, and reading and comparing versions. */
@Injectable()
export class FlowVersionsService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FlowPublisher) private readonly publisher: FlowPublisher,
  ) {}

  /**
   * Snapshots the current draft as the next version (1, 2, …) and points the
   * flow's triggers at what the new version declares.
   */
  async publish(idOrSlug: string, request: FlowPublishRequest = {}): Promise<FlowVersionResource> {
    const { version } = await this.publisher.publish({
      flowId: (tx) => existingFlowId(tx, idOrSlug),
      source: (_tx, flow) => ({
        definition: flow.draft,
        replaceDraft: false,
        ...(request.message === undefined ? {} : { message: request.message }),
        audit: { action: 'flow.published' },
      }),
    });
    return presentFlowVersion(version, this.config.publicUrl);
  }

  /**
   * Publishes version `target`'s definition again as a new version (versions
   * never change, so going back is going forward) and makes it the draft.
   * Its message says so unless the caller gives one.
   */
  async rollback(idOrSlug: string, target: number, request: FlowPublishRequest = {}): Promise<FlowVersionResource> {
    const { version } = await this.publisher.publish({
      flowId: (tx) => existingFlowId(tx, idOrSlug),
      source: async (tx, flow, latest) => {
        const row = await tx.flowVersion.findUnique({
          where: { flowId_version: { flowId: flow.id, version: target } },
        });
        if (!row) throw new ResourceNotFoundError('flow version', `${idOrSlug}@${target}`);
        return {
          definition: row.definition,
          replaceDraft: true,
          message: request.message ?? `Rolled back to version ${target}`,
          audit: { action: 'flow.rolled_back', data: { from: latest, to: target } },
        };
      },
    });
    return presentFlowVersion(version, this.config.publicUrl);
  }

  async list(idOrSlug: string, query: ListQuery): Promise<ListPage<FlowVersionResource>> {
    const flow = await this.findFlow(idOrSlug);
    const after = query.cursor
      ? await this.prisma.flowVersion.findFirst({ where: { id: query.cursor, flowId: flow.id } })
      : null;
    const rows = await this.prisma.flowVersion.findMany({
      where: { flowId: flow.id, ...(after ? { version: { lt: after.version } } : {}) },
      orderBy: { version: 'desc' },
      take: query.limit + 1,
    });
    return toListPage(rows, query.limit, (row) => presentFlowVersion(row, this.config.publicUrl));
  }

  async get(idOrSlug: string, version: number): Promise<FlowVersionResource> {
    const flow = await this.findFlow(idOrSlug);
    const row = await this.prisma.flowVersion.findUnique({ where: { flowId_version: { flowId: flow.id, version } } });
    if (!row) throw new ResourceNotFoundError('flow version', `${idOrSlug}@${version}`);
    return presentFlowVersion(row, this.config.publicUrl);
  }

  async diff(idOrSlug: string, from: FlowRevision, to: FlowRevision): Promise<FlowDiff> {
    const before = await this.definitionAt(idOrSlug, from);
    const after = await this.definitionAt(idOrSlug, to);
    return { object: 'flow_diff', from, to, ...diffFlowDefinitions(before, after) };
  }

  /** The definition of a published version, or of the draft. */
  async definitionAt(idOrSlug: string, revision: FlowRevision): Promise<FlowDefinition> {
    const flow = await this.prisma.flow.findUnique({ where: flowWhere(idOrSlug), select: { id: true, draft: true } });
    if (!flow) throw new ResourceNotFoundError('flow', idOrSlug);
    if (revision === 'draft') return storedFlowDefinition(flow.draft);
    const row = await this.prisma.flowVersion.findUnique({
      where: { flowId_version: { flowId: flow.id, version: revision } },
      select: { definition: true },
    });
    if (!row) throw new ResourceNotFoundError('flow version', `${idOrSlug}@${revision}`);
    return storedFlowDefinition(row.definition);
  }

  private async findFlow(idOrSlug: string): Promise<{ id: string }> {
    const flow = await this.prisma.flow.findUnique({ where: flowWhere(idOrSlug), select: { id: true } });
    if (!flow) throw new ResourceNotFoundError('flow', idOrSlug);
    return flow;
  }
}
