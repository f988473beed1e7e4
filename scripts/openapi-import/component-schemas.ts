import type { OpenAPIV3 } from 'openapi-types';
import { componentRefsOf } from './schema-to-zod-source';
import type { OpenApiDocument } from './load-openapi-document';

/**
 * The component schemas the chosen operations need (directly or through other
 * components), dependencies first, so each constant is declared before use.
 * Names are visited in sorted order: the output must not depend on the order
 * of keys in the document beyond what it declares.
 */
export function componentSchemasInDependencyOrder(document: OpenApiDocument, roots: unknown[]): string[] {
  const schemas = document.components?.schemas ?? {};
  const ordered: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): void => {
    if (state.has(name) || !(name in schemas)) return;
    state.set(name, 'visiting');
    for (const dependency of [...componentRefsOf(schemas[name] as OpenAPIV3.SchemaObject)].sort()) visit(dependency);
    state.set(name, 'done');
    ordered.push(name);
  };
  const direct = new Set<string>();
  for (const root of roots) for (const name of componentRefsOf(root)) direct.add(name);
  for (const name of [...direct].sort()) visit(name);
  return ordered;
}
