import { Injectable } from '@nestjs/common';
import { inferJsonSchema, previewMapping, type FieldMappingDefinition } from '@tributary/workflows/mappings/index';
import type { InferSchemaRequest, MappingPreviewEnvelope, MappingPreviewResponse } from './mappings.schemas';

/**
 * The editor's workbench: try a mapping on sample records, and derive a JSON
 * Schema from a sample to start a mapping from. Nothing is stored.
 */
@Injectable()
export class MappingPreviewService {
  async preview(
    request: MappingPreviewEnvelope & { definition: FieldMappingDefinition },
  ): Promise<MappingPreviewResponse> {
    // An array given as `sample` is one record, not a list of them.
    const samples = request.samples ?? [request.sample];
    return previewMapping(request.definition, samples, request.bindings);
  }

  inferSchema(request: InferSchemaRequest): { schema: Record<string, unknown> } {
    // An array given as `sample` is one record, not a list of them.
    const schema = inferJsonSchema(request.samples ?? [request.sample]);
    return { schema: schema as Record<string, unknown> };
  }
}
