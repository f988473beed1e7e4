import { idPattern } from '@tributary/db';
import { z } from 'zod';
import 'zod-openapi';
import { ListQuery, ListResponse } from '../pagination/list-page';
import { RUN_STATUSES } from './run-status';

export const RunStatus = z.enum(RUN_STATUSES).meta({ id: 'RunStatus' });

export const StepError = z
  .object({ code: z.string(), message: z.string(), details: z.unknown().optional() })
  .meta({ id: 'StepError' });

const Iterations = z.object({ total: z.number().int(), succeeded: z.number().int(), failed: z.number().int() });

export const WaitingFor = z
  .object({
    event: z.string().optional(),
    correlationKey: z.unknown().optional(),
    until: z.string().optional().meta({ description: "a timer's or an event timeout's deadline" }),
    approval: z.object({ prompt: z.unknown().optional(), approvers: z.array(z.string()).optional() }).optional(),
  })
  .meta({ id: 'WaitingFor', description: 'what a waiting step waits for' });

export const StepProgress = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.enum(['pending', 'running', 'waiting', 'succeeded', 'failed', 'skipped', 'cancelled']),
    attempts: z.number().int(),
    parentId: z.string().optional().meta({ description: 'the enclosing block step, for nested steps' }),
    startedAt: z.string().optional(),
    finishedAt: z.string().optional(),
    durationMs: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({ description: 'finishedAt − startedAt, once the step has finished' }),
    output: z.unknown().optional().meta({ description: 'secret-looking fields (authorization, token, …) redacted' }),
    error: StepError.optional(),
    handled: z.boolean().optional().meta({ description: 'the step failed and its onError let the run go on' }),
    reused: z.boolean().optional().meta({ description: 'taken from the restarted run, not executed again' }),
    branch: z.string().optional().meta({ description: 'branch taken by if/switch/parallel' }),
    iterations: Iterations.optional().meta({ description: 'forEach progress, or how often a loop-body step ran' }),
    waitingFor: WaitingFor.optional(),
  })
  .meta({ id: 'StepProgress' });
export type StepProgress = z.output<typeof StepProgress>;

export const CompensationProgress = z
  .object({
    stepId: z.string(),
    status: z.enum(['running', 'succeeded', 'failed']),
    error: StepError.optional(),
  })
  .meta({ id: 'CompensationProgress', description: 'undoing a completed action after the run failed (saga)' });

export const RunSummary = z
  .object({
    id: z.string().regex(idPattern('run')),
    object: z.literal('run'),
    flow: z.object({
      id: z.string(),
      slug: z.string(),
      version: z
        .number()
        .int()
        .nullable()
        .meta({ description: 'the published version it runs; null for a draft test run (trigger `test`)' }),
    }),
    status: RunStatus,
    trigger: z.string().meta({ description: 'how the run started: webhook, manual, …; `test` for a draft test run' }),
    workflowId: z.string(),
    temporalRunId: z.string().nullable(),
    startedAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
    businessKey: z.string().nullable().meta({ description: "the trigger's business key, when the flow declares one" }),
    restartedFrom: z
      .object({ runId: z.string(), stepId: z.string() })
      .nullable()
      .meta({ description: 'the run this one restarts, and the step it restarted from' }),
    rerunOf: z.string().nullable().meta({ description: 'the run whose trigger this one repeats' }),
  })
  .meta({ id: 'RunSummary' });
export type RunSummary = z.output<typeof RunSummary>;

export const RunLinks = z
  .object({
    temporalUi: z
      .string()
      .optional()
      .meta({ description: "the execution's event history in the Temporal Web UI; absent when no UI is configured" }),
  })
  .meta({ id: 'RunLinks' });

export const RunResource = RunSummary.extend({
  temporalUiUrl: z
    .string()
    .optional()
    .meta({ description: 'the execution in the Temporal Web UI (see also `links.temporalUi`)' }),
  links: RunLinks,
  steps: z.array(StepProgress),
  error: StepError.extend({ stepId: z.string().optional() }).optional(),
  compensations: z.array(CompensationProgress).optional(),
}).meta({ id: 'Run', description: 'a run with its live status and steps, read from Temporal' });
export type RunResource = z.output<typeof RunResource>;

export const RunList = ListResponse(RunSummary).meta({ id: 'RunList' });

export const RUN_TRIGGERS = ['webhook', 'manual', 'schedule', 'poll', 'subscription', 'test'] as const;

const startedBound = (description: string) =>
  z.iso
    .datetime({ offset: true, message: 'must be an ISO 8601 date-time, e.g. 2026-01-31T12:00:00Z' })
    .optional()
    .meta({ param: { description } });

/**
 * Filters are answered by Temporal visibility (search attributes
 * TributaryFlow, TributaryFlowVersion, TributaryTrigger, ExecutionStatus,
 * StartTime). The cursor wraps Temporal's page token, hence its length.
 */
export const RunListQuery = ListQuery.extend({
  flow: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .meta({ param: { description: 'flow id (flow_…) or slug' } }),
  version: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .meta({ param: { description: 'flow version number' } }),
  status: RunStatus.optional(),
  trigger: z
    .enum(RUN_TRIGGERS)
    .optional()
    .meta({ param: { description: 'how the runs started' } }),
  startedAfter: startedBound('runs started at or after this instant'),
  startedBefore: startedBound('runs started before this instant'),
  cursor: z
    .string()
    .min(1)
    .max(4_096)
    .optional()
    .meta({
      param: {
        description: '`next_cursor` of the previous page; only valid with the same filters',
      },
    }),
}).refine(
  (query) =>
    !query.startedAfter || !query.startedBefore || Date.parse(query.startedAfter) < Date.parse(query.startedBefore),
  {
    path: ['startedBefore'],
    message: 'startedBefore must be later than startedAfter',
  },
);
export type RunListQuery = z.output<typeof RunListQuery>;

export const RunStreamHeaders = z.object({
  'Last-Event-ID': z
    .string()
    .optional()
    .meta({ param: { description: 'sent by a reconnecting EventSource; the current state follows at once' } }),
});

export const RunPathParams = z.object({ id: z.string().meta({ param: { description: 'run id (run_…)' } }) });

export const RunEventRequest = z
  .object({
    event: z.string().min(1).max(128).meta({ example: 'quality.inspection.passed' }),
    correlationKey: z.unknown().optional().meta({ description: 'must equal the waiting step’s correlation key' }),
    payload: z.unknown().optional().meta({ description: 'becomes the waiting step’s output' }),
  })
  .meta({ id: 'RunEventRequest' });
export type RunEventRequest = z.output<typeof RunEventRequest>;

export const RunEventResult = z
  .object({
    stepId: z
      .string()
      .nullable()
      .meta({ description: 'the waitForEvent step the event resumed; null when buffered for a later one' }),
  })
  .meta({ id: 'RunEventResult' });

export const RunApprovalRequest = z
  .object({
    stepId: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'the waiting approval step; optional when only one waits' }),
    decision: z.enum(['approve', 'reject']),
    comment: z.string().max(2_000).optional(),
  })
  .meta({ id: 'RunApprovalRequest' });
export type RunApprovalRequest = z.output<typeof RunApprovalRequest>;

export const ApprovalDecision = z
  .object({
    stepId: z.string(),
    decision: z.enum(['approved', 'rejected']),
    comment: z.string().optional(),
    actor: z.string(),
    decidedAt: z.string(),
  })
  .meta({ id: 'ApprovalDecision' });

export const RunTerminateRequest = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .min(1, 'reason must not be empty')
      .max(1_000)
      .meta({ description: 'recorded in the Temporal history and the audit log', example: 'stuck on a bad record' }),
  })
  .meta({ id: 'RunTerminateRequest' });
export type RunTerminateRequest = z.output<typeof RunTerminateRequest>;

export const RunCancelAccepted = z
  .object({ object: z.literal('run'), id: z.string(), workflowId: z.string(), cancelRequested: z.literal(true) })
  .meta({ id: 'RunCancelAccepted', description: 'cancellation requested; the run reports `cancelled` once it stops' });

const VersionChoice = z
  .enum(['original', 'latest'])
  .default('original')
  .meta({ description: 'run the source run’s flow version, or the latest published one' });

export const RunRestartRequest = z
  .object({
    fromStepId: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'a top-level step; default: the top-level step that contains the failed step' }),
    version: VersionChoice,
  })
  .meta({ id: 'RunRestartRequest' });
export type RunRestartRequest = z.output<typeof RunRestartRequest>;

export const RunRerunRequest = z.object({ version: VersionChoice }).meta({ id: 'RunRerunRequest' });
export type RunRerunRequest = z.output<typeof RunRerunRequest>;

export const BulkRunRequest = z
  .object({
    filter: z
      .object({
        flowId: z.string().min(1).optional().meta({ description: 'flow id or slug' }),
        status: RunStatus.optional(),
        startedAfter: z.iso.datetime({ offset: true }).optional(),
        startedBefore: z.iso.datetime({ offset: true }).optional(),
      })
      .default({}),
    version: VersionChoice,
    limit: z.number().int().min(1).max(500).default(100),
  })
  .meta({ id: 'BulkRunRequest', description: 'restart or re-run every run matching the filter, oldest first' });
export type BulkRunRequest = z.output<typeof BulkRunRequest>;

export const BulkRunResult = z
  .object({
    object: z.literal('list'),
    data: z.array(
      z.object({
        sourceRunId: z.string(),
        newRunId: z.string().optional(),
        error: z.object({ code: z.string(), message: z.string() }).optional(),
      }),
    ),
  })
  .meta({ id: 'BulkRunResult' });
export type BulkRunResult = z.output<typeof BulkRunResult>;

export const ManualRunRequest = z
  .strictObject({
    payload: z.unknown().optional().meta({ description: 'the trigger data the run sees as `$trigger`' }),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({ description: 'the published version to run; default: the latest' }),
  })
  .meta({ id: 'ManualRunRequest' });
export type ManualRunRequest = z.output<typeof ManualRunRequest>;

export const FlowRunsPathParams = z.object({
  idOrSlug: z.string().meta({ param: { description: 'flow id (flow_…) or slug' } }),
});
