import { z } from 'zod';
import 'zod-openapi';
import { TESTABLE_STEP_KINDS } from '@tributary/workflows/test-step.contract';
import { FlowDefinitionDoc } from '../flows/flows.schemas';
import { StepError } from './runs.schemas';

/** What the step's expressions see; everything is optional, as a step usually reads only a little of it. */
export const StepTestScope = z
  .strictObject({
    trigger: z.unknown().optional().meta({ description: 'the trigger data, `$trigger` (default: null)' }),
    steps: z
      .record(
        z.string(),
        z.strictObject({
          output: z.unknown().optional(),
          error: z.unknown().optional().meta({ description: 'what an error handler reads as `$steps.<id>.error`' }),
        }),
      )
      .optional()
      .meta({ description: 'earlier steps by id, read as `$steps.<id>.output` (e.g. from the last test run)' }),
    vars: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: "`$vars`; default: the definition's `vars` evaluated against this scope, as a run does" }),
    item: z.unknown().optional().meta({ description: '`$item`, for a step inside a forEach body' }),
    index: z.number().int().min(0).optional().meta({ description: '`$index`, for a step inside a forEach body' }),
  })
  .meta({ id: 'StepTestScope' });
export type StepTestScope = z.output<typeof StepTestScope>;

const STEP_INPUT_DESCRIPTION =
  'replaces an action step\'s `input` template; still a template: string leaves starting with "=" are ' +
  'expressions evaluated against `scope` ("==" starts a literal "="). Only action steps take it.';

/**
 * Body envelope without the definition's own schema: a given `definition` is
 * checked by `checkFlowDefinition` (StepTestPipe), so its 400 lists the same
 * paths and pointers a PUT of the flow gives.
 */
export const StepTestEnvelope = z.strictObject({
  definition: z.unknown().optional(),
  input: z.record(z.string(), z.unknown()).optional(),
  scope: StepTestScope.optional(),
});

export const StepTestRequest = z
  .strictObject({
    definition: FlowDefinitionDoc.optional().meta({
      description: "the definition holding the step, e.g. the editor's unsaved one; default: the flow's saved draft",
    }),
    input: z.record(z.string(), z.unknown()).optional().meta({ description: STEP_INPUT_DESCRIPTION }),
    scope: StepTestScope.optional(),
  })
  .meta({ id: 'StepTestRequest' });
export type StepTestRequest = z.output<typeof StepTestRequest>;

export const StepTestResult = z
  .object({
    object: z.literal('step_test'),
    stepId: z.string(),
    kind: z.enum(TESTABLE_STEP_KINDS),
    status: z.enum(['succeeded', 'failed']).meta({
      description: 'a failed action or a bad expression is `failed` with `error`, not an HTTP error',
    }),
    input: z
      .unknown()
      .optional()
      .meta({
        description:
          "an action's input with its expressions evaluated; a map step's source record (none for inline rules). " +
          'Secret-looking members are "[redacted]".',
      }),
    output: z.unknown().optional().meta({ description: 'the step output; secret-looking members are "[redacted]"' }),
    error: StepError.optional().meta({
      description: "why it failed; an expression error's `details` name the field: `{ path, expression }`",
    }),
    durationMs: z.number().int().min(0).meta({ description: 'wall time of the test, including reaching a worker' }),
    attempts: z.number().int().min(0).meta({
      description: 'connector calls: 1 (never retried), or 0 when the input could not be resolved',
    }),
  })
  .meta({ id: 'StepTestResult', description: 'one action or map step of a draft, run once with the given data' });
export type StepTestResult = z.output<typeof StepTestResult>;

export const StepTestPathParams = z.object({
  idOrSlug: z.string().meta({ param: { description: 'flow id (flow_…) or slug' } }),
  stepId: z.string().meta({ param: { description: 'the step, at any depth of the definition' } }),
});
