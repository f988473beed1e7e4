import { z } from 'zod';
import 'zod-openapi';
import {
  FlowDefinitionDoc,
  FlowDescription,
  FlowName,
  FlowResource,
  FlowRevision,
  FlowSlug,
  FlowVersionResource,
} from './flows.schemas';

const ExportedFrom = z
  .union([
    z.object({ version: z.number().int().min(1), exportedAt: z.iso.datetime() }).strict(),
    z.object({ draft: z.literal(true), exportedAt: z.iso.datetime() }).strict(),
  ])
  .meta({ description: 'which revision was exported, and when' });

const ExportEnvelope = {
  format: z.literal('tributary.flow'),
  formatVersion: z.literal(1),
  slug: FlowSlug,
  name: FlowName,
  description: FlowDescription,
};

/**
 * A flow as a file for git review and promotion between environments.
 * Connections appear by name only: the file carries no secret and no id
 * that exists in one environment only.
 */
export const FlowExportDocument = z
  .object({
    ...ExportEnvelope,
    definition: FlowDefinitionDoc,
    connections: z.array(z.string()).meta({ description: 'names of the connections the definition references' }),
    exportedFrom: ExportedFrom,
  })
  .meta({ id: 'FlowExportDocument' });
export type FlowExportDocument = z.output<typeof FlowExportDocument>;

export const FlowExportQuery = z
  .object({
    version: FlowRevision.default('draft').meta({
      param: { description: 'a published version number, or "draft" (the default)' },
    }),
  })
  .strict();
export type FlowExportQuery = z.output<typeof FlowExportQuery>;

const ImportOptions = {
  publish: z.boolean().default(false).meta({ description: 'publish the imported definition as a new version' }),
  overwrite: z
    .boolean()
    .default(false)
    .meta({ description: 'when a flow with this slug exists, replace its draft instead of answering 409' }),
};

/** The import body without `definition`, which FlowWritePipe checks with its pointers. */
export const FlowImportEnvelope = z
  .object({
    ...ExportEnvelope,
    /** recomputed from the definition on import; accepted so an exported file imports unchanged */
    connections: z.array(z.string()).optional(),
    exportedFrom: ExportedFrom.optional(),
    ...ImportOptions,
    // present so the strict envelope accepts it; FlowWritePipe checks it with the flow schema
    definition: z.unknown(),
  })
  .strict();

export const FlowImportRequest = FlowImportEnvelope.extend({ definition: FlowDefinitionDoc }).meta({
  id: 'FlowImportRequest',
  description: 'an exported flow document, with optional `publish` and `overwrite`',
});
export type FlowImportRequest = z.output<typeof FlowImportRequest>;

export const FlowImportQuery = z
  .object({
    mode: z
      .enum(['create', 'update'])
      .default('create')
      .meta({
        param: {
          description:
            '`create` (default): a new flow, or with `overwrite: true` the existing one of this slug; `update`: the flow of this slug must exist and its draft is replaced',
        },
      }),
  })
  .strict();
export type FlowImportQuery = z.output<typeof FlowImportQuery>;

export const FlowImportResult = z
  .object({
    object: z.literal('flow_import'),
    created: z.boolean().meta({ description: 'a new flow was created (else an existing draft was replaced)' }),
    flow: FlowResource,
    version: FlowVersionResource.nullable().meta({ description: 'the published version, when `publish` was true' }),
    missingConnections: z
      .array(z.string())
      .meta({ description: 'connections the definition names that do not exist in this environment' }),
  })
  .meta({ id: 'FlowImportResult' });
export type FlowImportResult = z.output<typeof FlowImportResult>;
