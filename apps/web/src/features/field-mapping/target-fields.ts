import type { MappingRule } from '@tributary/workflows/mappings/field-mapping';
import { formatMappingPath, type PathSegment } from '@tributary/workflows/mappings/mapping-path';

/** A JSON Schema (2020-12) as a plain object, e.g. the next action's input schema. */
export type JsonSchema = Record<string, unknown>;

/** A place in the target record that a rule can write. */
export interface TargetField {
  /** mapping path: `workOrder.asset.tag`, `["Job No."]` */
  path: string;
  /** the JSON type the schema names (the first one that is not "null") */
  type?: string;
  /** the schema requires it, and every object around it */
  required: boolean;
  description?: string;
}

/** One row of the mapping editor: a target field, with the rule that fills it (if any). */
export interface MappingRow {
  target: string;
  field?: TargetField;
  /** index of the rule writing this target in `rules` */
  ruleIndex?: number;
}

/** Nesting deeper than this is a recursive schema, not a form. */
const MAX_DEPTH = 8;

/**
 * The fields of a target schema an analyst maps, nested objects flattened to
 * dotted paths: objects with `properties` are opened, everything else (text,
 * numbers, lists, free-form objects) is one field.
 */
export function listTargetFields(schema: JsonSchema | undefined): TargetField[] {
  if (!schema) return [];
  const fields: TargetField[] = [];
  collect(schema, [], true, fields, 0);
  return fields;
}

/** The editor's rows: the schema's fields in schema order, then targets of rules the schema does not name. */
export function mappingRows(fields: TargetField[], rules: MappingRule[]): MappingRow[] {
  const ruleIndexByTarget = new Map<string, number>();
  rules.forEach((rule, index) => {
    if (!ruleIndexByTarget.has(rule.target)) ruleIndexByTarget.set(rule.target, index);
  });
  const rows: MappingRow[] = fields.map((field) => ({
    target: field.path,
    field,
    ruleIndex: ruleIndexByTarget.get(field.path),
  }));
  const known = new Set(fields.map((field) => field.path));
  rules.forEach((rule, index) => {
    if (!known.has(rule.target)) {
      known.add(rule.target);
      rows.push({ target: rule.target, ruleIndex: index });
    }
  });
  return rows;
}

function collect(schema: JsonSchema, segments: PathSegment[], required: boolean, out: TargetField[], depth: number) {
  const properties = asRecord(schema.properties);
  if (properties && depth < MAX_DEPTH && Object.keys(properties).length > 0) {
    const requiredNames = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    for (const [name, child] of Object.entries(properties)) {
      const childSchema = asRecord(child) ?? {};
      collect(childSchema, [...segments, name], required && requiredNames.has(name), out, depth + 1);
    }
    return;
  }
  if (segments.length === 0) return;
  const field: TargetField = { path: formatMappingPath(segments), required };
  const type = primaryType(schema);
  if (type) field.type = type;
  if (typeof schema.description === 'string') field.description = schema.description;
  out.push(field);
}

function primaryType(schema: JsonSchema): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.map(String).find((name) => name !== 'null');
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const kinds = new Set(schema.enum.map((item) => (Number.isInteger(item) ? 'integer' : typeof item)));
    return kinds.size === 1 ? [...kinds][0] : undefined;
  }
  return undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
