import { jsonSchemaToZod, type JsonSchema } from 'json-schema-to-zod';
import type { OpenAPIV3 } from 'openapi-types';
import { pascalCase } from './action-naming';
import { componentSchemaName, isRef, resolveRef } from './document-refs';
import type { OpenApiDocument } from './load-openapi-document';

export type SchemaOrRef = OpenAPIV3.SchemaObject | OpenAPIV3.ReferenceObject;

export interface SchemaSourceContext {
  document: OpenApiDocument;
  /**
   * Component schema name → the constant that holds it. A ref to a component
   * missing here closes a cycle and becomes `z.unknown()`: zod constants
   * cannot refer to themselves without hand-written type annotations.
   */
  componentConstants: ReadonlyMap<string, string>;
}

/**
 * The zod source (an expression) for an OpenAPI schema. json-schema-to-zod does
 * the conversion, including OpenAPI 3.0's `nullable` and descriptions as
 * `.describe()`; refs to `components/schemas` become the names of the shared
 * constants.
 *
 * @example
 * zodSourceOf({ type: 'array', items: { $ref: '#/components/schemas/Pet' } }, context); // 'z.array(Pet)'
 */
export function zodSourceOf(schema: SchemaOrRef, context: SchemaSourceContext): string {
  return jsonSchemaToZod(schema as JsonSchema, {
    module: 'none',
    zodVersion: 4,
    parserOverride: (node) => (isRef(node) ? refSource(node.$ref, context) : undefined),
  });
}

/** The constant name for a component schema: PascalCase, kept clear of JavaScript globals such as `Error`. */
export function componentConstantName(componentName: string): string {
  const name = pascalCase(componentName) || 'Component';
  const constant = /^[0-9]/.test(name) ? `Schema${name}` : name;
  return constant in globalThis ? `${constant}Schema` : constant;
}

/** Names of the component schemas a schema refers to directly (refs inside it, not followed). */
export function componentRefsOf(schema: unknown): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    if (isRef(node)) {
      const name = componentSchemaName(node.$ref);
      if (name !== undefined) names.add(name);
      return;
    }
    Object.values(node).forEach(walk);
  };
  walk(schema);
  return names;
}

function refSource(ref: string, context: SchemaSourceContext): string {
  const component = componentSchemaName(ref);
  if (component === undefined) {
    // e.g. a ref into another schema's properties: inline what it points at
    return zodSourceOf(resolveRef<OpenAPIV3.SchemaObject>(context.document, { $ref: ref }), context);
  }
  return (
    context.componentConstants.get(component) ??
    `z.unknown().describe(${JSON.stringify(`${component} (recursive, not checked)`)})`
  );
}
