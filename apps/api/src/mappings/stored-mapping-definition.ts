import type { FieldMappingDefinition } from '@tributary/workflows/mappings/index';

/**
 * Reads a mapping definition back from a Json column. Versions pass
 * `FieldMappingDefinition` before they are written and are never changed,
 * so re-parsing on every read would only cost time.
 */
export function storedMappingDefinition(json: unknown): FieldMappingDefinition {
  return json as FieldMappingDefinition;
}
