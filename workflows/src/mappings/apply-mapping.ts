import { compileMapping } from './compile-mapping';
import type { MappingResult } from './mapping-result';

/**
 * Maps one record with a definition, compiling it on first use. Throws
 * `MappingDefinitionError` for an invalid definition; bad data only produces
 * field errors in the result. The compiled form is kept per definition
 * object, so calling this per record of a batch costs no recompiles.
 *
 * @example
 * const result = applyMapping(definition, erpJob, { trigger, vars });
 * if (!result.ok) console.log(result.errors);
 */
export function applyMapping(definition: unknown, source: unknown, bindings?: Record<string, unknown>): MappingResult {
  return compileMapping(definition).apply(source, bindings);
}
