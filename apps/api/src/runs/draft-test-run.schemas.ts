import { z } from 'zod';
import 'zod-openapi';
import { FlowDefinitionDoc, FlowValidationResult } from '../flows/flows.schemas';
import { RunSummary } from './runs.schemas';

const TRIGGER_PAYLOAD_DESCRIPTION =
  'the trigger data the run sees as `$trigger`, exactly as given. To rehearse a webhook, give the shape a ' +
  'webhook run receives: `{ "body": …, "query": { … }, "headers": { … } }` (header names in lower case); ' +
  'for a schedule `{ "scheduledAt": "<ISO date-time>", "payload": … }`; for a poll or subscription the ' +
  "event the connector's trigger emits. Default: null.";

/**
 * Body envelope without the definition's own schema: a given `definition` is
 * checked by `checkFlowDefinition` (DraftTestRunPipe), so its 400 lists the
 * same paths and pointers a PUT of the flow gives.
 */
export const DraftTestRunEnvelope = z.strictObject({
  payload: z.unknown().optional(),
  definition: z.unknown().optional(),
});

export const DraftTestRunRequest = z
  .strictObject({
    payload: z.unknown().optional().meta({ description: TRIGGER_PAYLOAD_DESCRIPTION }),
    definition: FlowDefinitionDoc.optional().meta({
      description: "the definition to run, e.g. the editor's unsaved one; default: the flow's saved draft",
    }),
  })
  .meta({ id: 'DraftTestRunRequest' });
export type DraftTestRunRequest = z.output<typeof DraftTestRunRequest>;

export const DraftTestRun = RunSummary.extend({
  warnings: FlowValidationResult.shape.warnings.meta({
    description: 'connections the definition names that do not exist here: their steps will fail',
  }),
}).meta({ id: 'DraftTestRun', description: 'the started draft test run (trigger `test`, `flow.version` null)' });
export type DraftTestRun = z.output<typeof DraftTestRun>;
