import { compileMapping, type CompiledMapping } from './compile-mapping';
import { MappingDefinitionError } from './field-mapping';
import type { FieldError, MappingResult } from './mapping-result';

export interface MappingPreview {
  /** one result per sample, in order (at least one when the definition itself is invalid) */
  results: MappingResult[];
}

/**
 * Runs a mapping over sample records for the editor: the output and the
 * per-field errors of each. Never throws: an invalid definition gives results
 * whose errors (code "invalid_definition") name each problem by its path in
 * the definition. An array is a list of samples; anything else is one sample.
 *
 * @example
 * const { results } = await previewMapping(draft, [job1, job2]);
 * results[1].errors; // [{ path: 'workOrder.priority', code: 'lookup_no_match', message: '…' }]
 */
export async function previewMapping(
  definition: unknown,
  samples: unknown,
  bindings?: Record<string, unknown>,
): Promise<MappingPreview> {
  const records = Array.isArray(samples) ? samples : [samples];
  let mapping: CompiledMapping;
  try {
    mapping = compileMapping(definition);
  } catch (error) {
    const errors = definitionErrors(error);
    const failed = (): MappingResult => ({ output: {}, fields: [], errors, ok: false });
    return { results: records.length === 0 ? [failed()] : records.map(failed) };
  }
  const results: MappingResult[] = [];
  for (const record of records) {
    try {
      results.push(await mapping.apply(record, bindings));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ output: {}, fields: [], errors: [{ path: '', code: 'internal_error', message }], ok: false });
    }
  }
  return { results };
}

function definitionErrors(error: unknown): FieldError[] {
  if (error instanceof MappingDefinitionError) {
    return error.issues.map((issue) => ({ path: issue.path, code: 'invalid_definition', message: issue.message }));
  }
  const message = error instanceof Error ? error.message : String(error);
  return [{ path: '', code: 'internal_error', message }];
}
