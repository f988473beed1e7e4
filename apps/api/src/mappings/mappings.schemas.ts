import { idPattern } from '@tributary/db';
import { z } from 'zod';
import 'zod-openapi';
import { FieldMappingDefinition } from '@tributary/workflows/mappings/index';
import { ListQuery, ListResponse } from '../pagination/list-page';

const MappingName = z
  .string()
  .trim()
  .min(1, 'name must not be empty')
  .max(200, 'name must be at most 200 characters')
  .meta({ example: 'erp-job-to-cmms-work-order' });
const MappingDescription = z.string().max(2000, 'description must be at most 2000 characters').nullable().optional();

export const FieldMappingDefinitionDoc = FieldMappingDefinition.meta({
  id: 'FieldMappingDefinition',
  description: 'field rules (target ← expression, with transforms) and an optional target schema',
});

/**
 * Envelopes without `definition`: MappingWritePipe checks the definition
 * with `FieldMappingDefinition` and the mapping compiler, so its error paths
 * are the ones the editor shows. The documented requests put it back in.
 */
export const MappingCreateEnvelope = z.object({ name: MappingName, description: MappingDescription });
export const MappingVersionEnvelope = z.object({});

export const MappingCreateRequest = MappingCreateEnvelope.extend({ definition: FieldMappingDefinitionDoc }).meta({
  id: 'MappingCreateRequest',
});
export type MappingCreateRequest = z.output<typeof MappingCreateRequest>;

export const MappingVersionCreateRequest = z
  .object({ definition: FieldMappingDefinitionDoc })
  .meta({ id: 'MappingVersionCreateRequest', description: 'the next immutable version; earlier ones never change' });
export type MappingVersionCreateRequest = z.output<typeof MappingVersionCreateRequest>;

export const MappingResource = z
  .object({
    id: z.string().regex(idPattern('mapping')).meta({ example: 'map_01jd8x4k3m9t2v6w7y8z0abcde' }),
    object: z.literal('mapping'),
    name: z.string(),
    description: z.string().nullable(),
    latestVersion: z.number().int().min(1),
    definition: FieldMappingDefinitionDoc.meta({ description: 'the definition of the latest version' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Mapping', description: 'a stored field mapping; flows pin one of its versions with `mappingRef`' });
export type MappingResource = z.output<typeof MappingResource>;

export const MappingVersionResource = z
  .object({
    id: z.string().regex(idPattern('mappingVersion')),
    object: z.literal('mapping_version'),
    mappingId: z.string(),
    version: z.number().int().min(1),
    definition: FieldMappingDefinitionDoc,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'MappingVersion', description: 'an immutable version of a field mapping' });
export type MappingVersionResource = z.output<typeof MappingVersionResource>;

export const MappingList = ListResponse(MappingResource).meta({ id: 'MappingList' });
export const MappingListQuery = ListQuery;
export type MappingListQuery = z.output<typeof MappingListQuery>;

export const MappingPathParams = z.object({
  id: z.string().meta({ param: { description: 'mapping id (map_…) or name' } }),
});
export const MappingVersionPathParams = MappingPathParams.extend({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .meta({ param: { description: 'version number, 1, 2, …' } }),
});
export type MappingVersionPathParams = z.output<typeof MappingVersionPathParams>;

const Sample = z.unknown().meta({ description: 'a source record, e.g. one ERP job as JSON' });

export const MappingPreviewEnvelope = z
  .object({
    samples: z.array(Sample).min(1, 'give at least one sample').max(100, 'at most 100 samples').optional(),
    sample: Sample.optional(),
    bindings: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: 'extra variables the rules may use, e.g. {"vars": {...}}' }),
  })
  .refine((body) => body.samples !== undefined || 'sample' in body, {
    message: 'give "samples" (a list) or "sample"',
    path: ['samples'],
  });
export type MappingPreviewEnvelope = z.output<typeof MappingPreviewEnvelope>;

export const MappingPreviewRequest = z
  .object({
    definition: FieldMappingDefinitionDoc,
    samples: z.array(Sample).max(100).optional(),
    sample: Sample.optional(),
    bindings: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'MappingPreviewRequest', description: 'try a definition on sample records without storing anything' });

export const InferSchemaRequest = z
  .object({
    sample: Sample.optional(),
    samples: z.array(Sample).min(1).max(100).optional(),
  })
  .refine((body) => body.samples !== undefined || 'sample' in body, {
    message: 'give "sample" or "samples"',
    path: ['sample'],
  })
  .meta({ id: 'InferSchemaRequest' });
export type InferSchemaRequest = z.output<typeof InferSchemaRequest>;

export const InferSchemaResponse = z
  .object({ schema: z.record(z.string(), z.unknown()).meta({ description: 'JSON Schema (draft 2020-12)' }) })
  .meta({ id: 'InferSchemaResponse' });

const PreviewFieldError = z.object({
  path: z.string().meta({ description: 'the rule target, or a JSON pointer for target schema errors' }),
  code: z.string().meta({ example: 'lookup_no_match' }),
  message: z.string(),
});

export const MappingPreviewResult = z
  .object({
    output: z.record(z.string(), z.unknown()),
    fields: z.array(
      z.object({
        target: z.string(),
        value: z.unknown().optional(),
        error: z.object({ code: z.string(), message: z.string() }).optional(),
      }),
    ),
    errors: PreviewFieldError.array(),
    ok: z.boolean(),
  })
  .meta({ id: 'MappingPreviewResult', description: 'one sample mapped: the output and what went wrong per field' });

export const MappingPreviewResponse = z
  .object({ results: z.array(MappingPreviewResult).meta({ description: 'one per sample, in order' }) })
  .meta({ id: 'MappingPreviewResponse' });
export type MappingPreviewResponse = z.output<typeof MappingPreviewResponse>;
