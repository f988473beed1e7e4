import { idPattern } from '@tributary/db';
import { z } from 'zod';
import 'zod-openapi';
import { FlowDefinition } from '@tributary/workflows/flow-definition';
import { ListQuery, ListResponse } from '../pagination/list-page';
import { RunStatus } from '../runs/runs.schemas';

export const FlowSlug = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    'slug must be 1–63 lower-case letters, digits or "-", starting with a letter or digit',
  )
  .meta({ description: 'stable, URL-safe name; part of every workflow id of the flow', example: 'erp-to-cmms' });

export const FlowName = z
  .string()
  .trim()
  .min(1, 'name must not be empty')
  .max(200, 'name must be at most 200 characters');
export const FlowDescription = z
  .string()
  .max(2000, 'description must be at most 2000 characters')
  .nullable()
  .optional();

export const FlowDefinitionDoc = FlowDefinition.meta({
  id: 'FlowDefinition',
  description: 'the flow format interpreted by the runFlow workflow',
});

/**
 * Body envelopes without `definition`: the definition is checked by
 * `validateFlowDefinition` (see FlowWritePipe) so its paths and messages are
 * exactly the ones the editor shows. The documented request schemas below
 * put the FlowDefinition schema back in.
 */
export const FlowCreateEnvelope = z.object({ slug: FlowSlug, name: FlowName, description: FlowDescription });
export const FlowUpdateEnvelope = z.object({ name: FlowName, description: FlowDescription });

export const FlowCreateRequest = FlowCreateEnvelope.extend({ definition: FlowDefinitionDoc }).meta({
  id: 'FlowCreateRequest',
});
export type FlowCreateRequest = z.output<typeof FlowCreateRequest>;

export const FlowUpdateRequest = FlowUpdateEnvelope.extend({ definition: FlowDefinitionDoc }).meta({
  id: 'FlowUpdateRequest',
  description: 'replaces the draft; published versions are never changed',
});
export type FlowUpdateRequest = z.output<typeof FlowUpdateRequest>;

export const FlowLastRun = z
  .object({
    id: z.string().regex(idPattern('run')),
    status: RunStatus,
    startedAt: z.iso.datetime(),
    closedAt: z.iso.datetime().nullable(),
  })
  .meta({
    id: 'FlowLastRun',
    description: "status as last recorded in the run index; GET /v1/runs/{id} reads Temporal's current one",
  });
export type FlowLastRun = z.output<typeof FlowLastRun>;

export const FlowResource = z
  .object({
    id: z.string().regex(idPattern('flow')).meta({ example: 'flow_01jd8x4k3m9t2v6w7y8z0abcde' }),
    object: z.literal('flow'),
    slug: FlowSlug,
    name: z.string(),
    description: z.string().nullable(),
    definition: FlowDefinitionDoc,
    publishedVersion: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'latest published version; null if never published' }),
    webhookPath: z
      .string()
      .nullable()
      .meta({ description: 'path after /hooks/ that starts runs of the published version; null if none is live' }),
    lastRun: FlowLastRun.nullable().meta({
      description: "the flow's most recently started run (draft test runs aside); null if it never ran",
    }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Flow' });
export type FlowResource = z.output<typeof FlowResource>;

export const FlowVersionResource = z
  .object({
    id: z.string().regex(idPattern('flowVersion')),
    object: z.literal('flow_version'),
    flowId: z.string(),
    version: z.number().int().min(1),
    definition: FlowDefinitionDoc,
    webhookUrl: z
      .string()
      .nullable()
      .meta({ description: 'where to POST to start a run, for webhook-triggered flows' }),
    message: z
      .string()
      .nullable()
      .meta({ description: 'what changed, as the publisher said it; rollbacks say "Rolled back to version N"' }),
    publishedBy: z
      .string()
      .nullable()
      .meta({ description: 'the API key (key_…) or user (usr_…) that published it; null when not recorded' }),
    publishedAt: z.iso.datetime(),
  })
  .meta({ id: 'FlowVersion', description: 'an immutable published snapshot of a flow' });
export type FlowVersionResource = z.output<typeof FlowVersionResource>;

export const FlowList = ListResponse(FlowResource).meta({ id: 'FlowList' });
export const FlowVersionList = ListResponse(FlowVersionResource).meta({ id: 'FlowVersionList' });

export const FlowListQuery = ListQuery.extend({
  search: z
    .string()
    .trim()
    .min(1, 'search must not be empty')
    .max(200, 'search must be at most 200 characters')
    .optional()
    .meta({ param: { description: 'only flows whose name or slug contains this text, ignoring case' } }),
});
export const FlowVersionListQuery = ListQuery;
export const FlowPathParams = z.object({
  idOrSlug: z.string().meta({ param: { description: 'flow id (flow_…) or slug' } }),
});
export const FlowVersionPathParams = FlowPathParams.extend({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .meta({ param: { description: 'version number, 1, 2, …' } }),
});
export type FlowListQuery = z.output<typeof FlowListQuery>;
export type FlowVersionListQuery = z.output<typeof FlowVersionListQuery>;
export type FlowVersionPathParams = z.output<typeof FlowVersionPathParams>;

const DefinitionProblem = z
  .object({
    path: z.string().meta({ description: 'e.g. "definition.steps[1].connector"' }),
    pointer: z.string().meta({ description: 'RFC 6901 JSON pointer, e.g. "/definition/steps/1/connector"' }),
    message: z.string(),
  })
  .meta({ id: 'FlowDefinitionProblem' });

export const FlowValidateRequest = z
  .object({
    definition: z
      .unknown()
      .refine((value) => value !== undefined, 'definition is required')
      .meta({ description: 'a flow definition (checked, never stored)' }),
  })
  .strict()
  .meta({ id: 'FlowValidateRequest' });
export type FlowValidateRequest = z.output<typeof FlowValidateRequest>;

export const FlowValidationResult = z
  .object({
    valid: z.boolean(),
    errors: z.array(DefinitionProblem).meta({ description: 'every problem publishing would refuse, by path' }),
    warnings: z
      .array(
        DefinitionProblem.extend({
          code: z.literal('connection_not_found'),
          connection: z.string().meta({ description: 'the connection name that does not exist here' }),
        }),
      )
      .meta({ description: 'publishable, but will fail at run time in this environment' }),
  })
  .meta({ id: 'FlowValidationResult' });
export type FlowValidationResult = z.output<typeof FlowValidationResult>;

/** `draft` or a version number, in a diff or export. */
export const FlowRevision = z
  .string()
  .regex(/^(draft|[1-9][0-9]*)$/, 'must be a version number (1, 2, …) or "draft"')
  .transform((text): number | 'draft' => (text === 'draft' ? 'draft' : Number(text)));
export type FlowRevision = z.output<typeof FlowRevision>;

export const FlowDiffPathParams = FlowPathParams.extend({
  from: FlowRevision.meta({ param: { description: 'version number, or "draft"' } }),
  to: FlowRevision.meta({ param: { description: 'version number, or "draft"' } }),
});
export type FlowDiffPathParams = z.output<typeof FlowDiffPathParams>;

const RevisionValue = z.union([z.number().int().min(1), z.literal('draft')]);

export const FlowDiff = z
  .object({
    object: z.literal('flow_diff'),
    from: RevisionValue,
    to: RevisionValue,
    patch: z
      .array(
        z.object({
          op: z.enum(['add', 'remove', 'replace', 'move', 'copy', 'test']),
          path: z.string(),
          value: z.unknown().optional(),
          from: z.string().optional(),
        }),
      )
      .meta({ description: 'RFC 6902 JSON Patch turning the `from` definition into the `to` definition' }),
    summary: z.object({
      stepsAdded: z.array(z.string()),
      stepsRemoved: z.array(z.string()),
      stepsChanged: z
        .array(z.string())
        .meta({ description: 'ids whose own settings changed or that moved; matched by id at any depth' }),
      triggerChanged: z.boolean(),
    }),
  })
  .meta({ id: 'FlowDiff' });
export type FlowDiff = z.output<typeof FlowDiff>;

/** Optional body of publish and rollback. */
export const FlowPublishRequest = z
  .strictObject({
    message: z
      .string()
      .trim()
      .min(1, 'message must not be empty')
      .max(500, 'message must be at most 500 characters')
      .optional()
      .meta({ description: 'what changed, shown in the version history', example: 'Map the new ERP status codes' }),
  })
  .meta({ id: 'FlowPublishRequest' });
export type FlowPublishRequest = z.output<typeof FlowPublishRequest>;

export const FlowDeleted = z
  .object({ id: z.string(), object: z.literal('flow'), deleted: z.literal(true) })
  .meta({ id: 'FlowDeleted' });
export type FlowDeleted = z.output<typeof FlowDeleted>;

export const FlowDeleteQuery = z.object({
  force: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .meta({ param: { description: 'delete even while runs are running (they keep running in Temporal)' } }),
});
export type FlowDeleteQuery = z.output<typeof FlowDeleteQuery>;
