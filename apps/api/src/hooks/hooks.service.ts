import { Inject, Injectable } from '@nestjs/common';
import type { PrismaClient } from '@tributary/db';
import type { AwaitResponseResult } from '@tributary/workflows/run-flow.contract';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PRISMA } from '../database/database.module';
import { storedFlowDefinition } from '../flows/stored-flow-definition';
import { RunLauncher, type LaunchedRun } from '../runs/run-launcher.service';
import { RunResponseAwaiter } from '../runs/run-response.awaiter';
import { asRunStatus } from '../runs/run-status';
import { RunEndedUnsuccessfullyError } from '../runs/runs.errors';
import { FlowNotPublishedError, WebhookNotFoundError } from './hooks.errors';
import type { WebhookAccepted } from './hooks.schemas';
import { WebhookAuthenticator, type InboundWebhook } from './webhook-authenticator';
import type { WebhookPayload } from './webhook-payload';

/** What the webhook caller gets: the run (async, or a sync wait that ran out), or the flow's own response. */
export type WebhookReply =
  | { kind: 'run'; status: 200 | 202; body: WebhookAccepted }
  | { kind: 'flowResponse'; status: number; headers: Record<string, string>; body: unknown };

/** Inbound webhooks: path → enabled trigger → its auth check → latest published version → new run. */
@Injectable()
export class HooksService {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(RunLauncher) private readonly launcher: RunLauncher,
    @Inject(RunResponseAwaiter) private readonly responses: RunResponseAwaiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WebhookAuthenticator) private readonly authenticator: WebhookAuthenticator,
  ) {}

  async receive(
    path: string,
    payload: WebhookPayload,
    options: { sync: boolean; inbound: InboundWebhook },
  ): Promise<WebhookReply> {
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
    await this.authenticator.authenticate(trigger, options.inbound);
    const { flow } = trigger;
    const version = flow.versions[0];
    if (!version) throw new FlowNotPublishedError(flow.slug);
    const run = await this.launcher.launch({
      flow: { id: flow.id, slug: flow.slug, name: flow.name },
      version: { id: version.id, version: version.version, definition: storedFlowDefinition(version.definition) },
      trigger: { kind: 'webhook', payload, id: trigger.id },
    });
    if (options.sync) {
      const outcome = await this.responses.awaitResponse(run, this.config.hooks.syncTimeoutMs);
      if (outcome) return flowReply(run, outcome);
    }
    return { kind: 'run', status: run.duplicate ? 200 : 202, body: await this.accepted(run) };
  }

  private async accepted(run: LaunchedRun): Promise<WebhookAccepted> {
    // A duplicate's run may have finished long ago: say what it is now.
    const status = run.duplicate
      ? ((await this.prisma.run.findUnique({ where: { id: run.id }, select: { status: true } }))?.status ?? 'running')
      : 'running';
    return {
      object: 'run',
      id: run.id,
      workflowId: run.workflowId,
      status: asRunStatus(status),
      duplicate: run.duplicate,
      links: { self: `/v1/runs/${run.id}` },
    };
  }
}

function flowReply(run: LaunchedRun, outcome: AwaitResponseResult): WebhookReply {
  if (outcome.kind === 'response') {
    const { status, headers = {}, body } = outcome.response;
    return { kind: 'flowResponse', status, headers, body };
  }
  if (outcome.status === 'completed') return { kind: 'flowResponse', status: 200, headers: {}, body: outcome.output };
  throw new RunEndedUnsuccessfullyError(run.id, outcome.status, outcome.error);
}
