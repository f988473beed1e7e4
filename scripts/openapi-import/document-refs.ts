import type { OpenAPIV3 } from 'openapi-types';
import type { OpenApiDocument } from './load-openapi-document';

type Ref = OpenAPIV3.ReferenceObject;

/** Whether a value is a `{ $ref }` object. */
export function isRef(value: unknown): value is Ref {
  return typeof value === 'object' && value !== null && '$ref' in value && typeof value.$ref === 'string';
}

/**
 * Follows local refs (`#/components/parameters/limit`) until a value is
 * reached. Parameters, request bodies and responses are inlined this way;
 * schemas keep their refs (see `schema-to-zod-source.ts`).
 */
export function resolveRef<T extends object>(document: OpenApiDocument, value: T | Ref): T {
  let current: unknown = value;
  const seen = new Set<string>();
  while (isRef(current)) {
    const ref = current.$ref;
    if (seen.has(ref)) throw new Error(`circular reference ${ref}`);
    seen.add(ref);
    current = lookUp(document, ref);
  }
  return current as T;
}

/** `#/components/schemas/Pet` → `Pet`; undefined for refs to anything else. */
export function componentSchemaName(ref: string): string | undefined {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  return match ? decodePointerSegment(match[1]!) : undefined;
}

function lookUp(document: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local refs are supported after bundling, not ${ref}`);
  let node: unknown = document;
  for (const segment of ref.slice(2).split('/').map(decodePointerSegment)) {
    if (typeof node !== 'object' || node === null || !(segment in node)) throw new Error(`${ref} does not resolve`);
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function decodePointerSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}
