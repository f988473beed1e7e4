import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@tributary/db';
import { PRISMA } from '../database/database.module';
import { storedFlowDefinition } from '../flows/stored-flow-definition';
import { RunLauncher } from '../runs/run-launcher.service';
import { FlowNotPublishedError, WebhookNotFoundError } from './hooks.errors';
import type { WebhookAccepted } from './hooks.schemas';
import type { WebhookPayload } from './webhook-payload';

/** Inbound webhooks: path → enabled trigger → latest published version → new run. */
@Injectable()
export class HooksService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(RunLauncher) private readonly launcher: RunLauncher,
  ) {}

  async receive(path: string, payload: WebhookPayload): Promise<WebhookAccepted> {
    const trigger = await this.prisma.trigger.findFirst({
      where: { path, kind: 'webhook', enabled: true },
      include: {
        flow: {
          select: {
            id: true,
            slug: true,
            name: true,
            versions: { orderBy: { version: 'desc' }, take: 1 },
          },
        },
      },
    });
    if (!trigger) throw new WebhookNotFoundError(path);
    const { flow } = trigger;
    const version = flow.versions[0];
    if (!version) throw new FlowNotPublishedError(flow.slug);
    const run = await this.launcher.launch({
      flow: { id: flow.id, slug: flow.slug, name: flow.name },
      version: { id: version.id, version: version.version, definition: storedFlowDefinition(version.definition) },
      trigger: { kind: 'webhook', payload },
    });
    return {
      object: 'run',
      id: run.id,
      workflowId: run.workflowId,
      status: 'running',
      links: { self: `/v1/runs/${run.id}` },
    };
  }
}
