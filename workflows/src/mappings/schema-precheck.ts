import { deepCompareStrict, format, ucs2length } from '@cfworker/json-schema';

/**
 * A fast yes/no check of output against a target schema, for the common case
 * that it is valid. @cfworker/json-schema re-reads every keyword of every
 * schema node on each call (about 10 µs for a work order — more than mapping
 * it); this compiles each schema node once into a plan that one function
 * checks (no code generation, so it runs in the sandbox). Only the plain
 * keywords target schemas use are supported, with cfworker's semantics; a
 * schema with anything else gets no precheck. The precheck only ever says
 * "valid"; when it says no, cfworker validates again and explains.
 */
export type SchemaPrecheck = (value: unknown) => boolean;

/** The precheck for a schema, or null when the schema uses a keyword it does not know. */
export function compileSchemaPrecheck(schema: unknown): SchemaPrecheck | null {
  try {
    const plan = planNode(schema);
    return (value) => satisfies(plan, value);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

class Unsupported extends Error {}

/** Keywords without effect on validity here ($defs only matter to $ref, which is unsupported). */
const IGNORED = new Set([
  ...['$schema', '$id', '$anchor', '$comment', '$defs', 'definitions'],
  ...['title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated'],
]);

/** One schema node, read once. Absent keywords stay undefined and cost nothing when checking. */
interface Plan {
  never?: true;
  types?: string[];
  enumValues?: unknown[];
  hasConst?: true;
  constValue?: unknown;
  required?: string[];
  properties?: Map<string, Plan>;
  additional?: Plan;
  items?: Plan;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  format?: (text: string) => boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

const planners: Record<string, (plan: Plan, argument: unknown) => void> = {
  type: (plan, type) => {
    plan.types = (Array.isArray(type) ? type : [type]).map((name) => (typeof name === 'string' ? name : unsupported()));
  },
  enum: (plan, values) => (plan.enumValues = Array.isArray(values) ? values : unsupported()),
  const: (plan, value) => {
    plan.hasConst = true;
    plan.constValue = value;
  },
  required: (plan, keys) => (plan.required = Array.isArray(keys) ? keys.map(String) : unsupported()),
  properties: (plan, properties) =>
    (plan.properties = new Map(Object.entries(asObject(properties)).map(([key, child]) => [key, planNode(child)]))),
  additionalProperties: (plan, additional) => (plan.additional = planNode(additional)),
  items: (plan, items) => (plan.items = Array.isArray(items) ? unsupported() : planNode(items)),
  minItems: (plan, limit) => (plan.minItems = asNumber(limit)),
  maxItems: (plan, limit) => (plan.maxItems = asNumber(limit)),
  minLength: (plan, limit) => (plan.minLength = asNumber(limit)),
  maxLength: (plan, limit) => (plan.maxLength = asNumber(limit)),
  pattern: (plan, pattern) => (plan.pattern = new RegExp(String(pattern), 'u')),
  // cfworker ignores formats it does not know, and so does the precheck
  format: (plan, name) => (plan.format = typeof name === 'string' ? format[name] : undefined),
  minimum: (plan, limit) => (plan.minimum = asNumber(limit)),
  maximum: (plan, limit) => (plan.maximum = asNumber(limit)),
  exclusiveMinimum: (plan, limit) => (plan.exclusiveMinimum = asNumber(limit)),
  exclusiveMaximum: (plan, limit) => (plan.exclusiveMaximum = asNumber(limit)),
};

function planNode(schema: unknown): Plan {
  if (schema === true) return {};
  if (schema === false) return { never: true };
  const plan: Plan = {};
  for (const [keyword, argument] of Object.entries(asObject(schema))) {
    if (IGNORED.has(keyword)) continue;
    const planner = Object.hasOwn(planners, keyword) ? planners[keyword] : undefined;
    if (!planner) unsupported();
    planner(plan, argument);
  }
  return plan;
}

function satisfies(plan: Plan, value: unknown): boolean {
  if (plan.never) return false;
  if (plan.types && !plan.types.some((type) => hasType(value, type))) return false;
  if (plan.enumValues && !plan.enumValues.some((item) => deepCompareStrict(value, item))) return false;
  if (plan.hasConst && !deepCompareStrict(value, plan.constValue)) return false;
  if (typeof value === 'string') return satisfiesText(plan, value);
  if (typeof value === 'number') return satisfiesNumber(plan, value);
  if (Array.isArray(value)) return satisfiesList(plan, value);
  if (value !== null && typeof value === 'object') return satisfiesObject(plan, value as Record<string, unknown>);
  return true;
}

function satisfiesObject(plan: Plan, value: Record<string, unknown>): boolean {
  if (plan.required) for (const key of plan.required) if (!Object.hasOwn(value, key)) return false;
  if (plan.properties === undefined && plan.additional === undefined) return true;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const property = plan.properties?.get(key) ?? plan.additional;
    if (property && !satisfies(property, value[key])) return false;
  }
  return true;
}

function satisfiesList(plan: Plan, value: unknown[]): boolean {
  if (plan.minItems !== undefined && value.length < plan.minItems) return false;
  if (plan.maxItems !== undefined && value.length > plan.maxItems) return false;
  if (plan.items) for (const item of value) if (!satisfies(plan.items, item)) return false;
  return true;
}

function satisfiesText(plan: Plan, value: string): boolean {
  // lengths count code points; UTF-16 length bounds them, so counting is rarely needed
  if (plan.minLength !== undefined && value.length < plan.minLength * 2 && ucs2length(value) < plan.minLength) {
    return false;
  }
  if (plan.maxLength !== undefined && value.length > plan.maxLength && ucs2length(value) > plan.maxLength) return false;
  if (plan.pattern && !plan.pattern.test(value)) return false;
  if (plan.format && !plan.format(value)) return false;
  return true;
}

function satisfiesNumber(plan: Plan, value: number): boolean {
  if (plan.minimum !== undefined && value < plan.minimum) return false;
  if (plan.maximum !== undefined && value > plan.maximum) return false;
  if (plan.exclusiveMinimum !== undefined && value <= plan.exclusiveMinimum) return false;
  if (plan.exclusiveMaximum !== undefined && value >= plan.exclusiveMaximum) return false;
  return true;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

function asObject(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) unsupported();
  return value as Record<string, unknown>;
}

function asNumber(value: unknown): number {
  return typeof value === 'number' ? value : unsupported();
}

function unsupported(): never {
  throw new Unsupported();
}
