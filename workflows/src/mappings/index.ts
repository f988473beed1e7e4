// Field mappings: the format, compiling and applying it, previews and schema inference.
export {
  FieldMappingDefinition,
  JsonSchemaObject,
  MappingDefinitionError,
  MappingRule,
  validateFieldMapping,
  type MappingDefinitionIssue,
} from './field-mapping';
export { compileMapping, type CompiledMapping } from './compile-mapping';
export { applyMapping } from './apply-mapping';
export { previewMapping, type MappingPreview } from './preview-mapping';
export { inferJsonSchema } from './infer-json-schema';
export type { FieldError, FieldErrorCode, FieldResult, MappingResult } from './mapping-result';
export { MappingPath } from './mapping-path';
export { Transform, type TransformKind } from './transforms/transform';
export { INDUSTRIAL_UNITS, type UnitName } from './transforms/industrial-units';
