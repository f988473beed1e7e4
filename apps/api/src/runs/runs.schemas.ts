import { z } from 'zod';
import 'zod-openapi';
import { idPattern } from '../ids/resource-id';
import { ListQuery, ListResponse } from '../pagination/list-page';
import { RUN_STATUSES } from './run-status';

export const RunStatus = z.enum(RUN_STATUSES).meta({ id: 'RunStatus' });

export const StepError = z
  .object({ code: z.string(), message: z.string(), details: z.unknown().optional() })
  .meta({ id: 'StepError' });

export const StepProgress = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.enum(['pending', 'running', 'succeeded', 'failed', 'skipped']),
    attempts: z.number().int(),
    startedAt: z.string().optional(),
    finishedAt: z.string().optional(),
    output: z.unknown().optional(),
    error: StepError.optional(),
  })
  .meta({ id: 'StepProgress' });

export const RunSummary = z
  .object({
    id: z.string().regex(idPattern('run')),
    object: z.literal('run'),
    flow: z.object({ id: z.string(), slug: z.string(), version: z.number().int() }),
    status: RunStatus,
    trigger: z.string().meta({ description: 'how the run started: webhook, manual, …' }),
    workflowId: z.string(),
    temporalRunId: z.string().nullable(),
    startedAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'RunSummary' });
export type RunSummary = z.output<typeof RunSummary>;

export const RunResource = RunSummary.extend({
  temporalUiUrl: z.string().optional().meta({ description: 'the execution in the Temporal Web UI' }),
  steps: z.array(StepProgress),
  error: StepError.optional(),
}).meta({ id: 'Run', description: 'a run with its live status and steps, read from Temporal' });
export type RunResource = z.output<typeof RunResource>;

export const RunList = ListResponse(RunSummary).meta({ id: 'RunList' });

export const RunListQuery = ListQuery.extend({
  flow: z
    .string()
    .min(1)
    .optional()
    .meta({ param: { description: 'flow id or slug' } }),
  status: RunStatus.optional(),
});
export type RunListQuery = z.output<typeof RunListQuery>;

export const RunPathParams = z.object({ id: z.string().meta({ param: { description: 'run id (run_…)' } }) });
