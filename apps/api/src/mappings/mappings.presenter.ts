import type { FieldMapping, FieldMappingVersion } from '@tributary/db';
import type { MappingResource, MappingVersionResource } from './mappings.schemas';
import { storedMappingDefinition } from './stored-mapping-definition';

export function presentMapping(mapping: FieldMapping, latest: FieldMappingVersion): MappingResource {
  return {
    id: mapping.id,
    object: 'mapping',
    name: mapping.name,
    description: mapping.description,
    latestVersion: mapping.latestVersion,
    definition: storedMappingDefinition(latest.definition),
    createdAt: mapping.createdAt.toISOString(),
    updatedAt: mapping.updatedAt.toISOString(),
  };
}

export function presentMappingVersion(version: FieldMappingVersion): MappingVersionResource {
  return {
    id: version.id,
    object: 'mapping_version',
    mappingId: version.mappingId,
    version: version.version,
    definition: storedMappingDefinition(version.definition),
    createdAt: version.createdAt.toISOString(),
  };
}
