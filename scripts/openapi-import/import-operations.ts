import type { OpenAPIV3 } from 'openapi-types';
import { uniqueActionNames } from './action-naming';
import { resolveRef } from './document-refs';
import type { OpenApiDocument } from './load-openapi-document';
import { operationInput, type OperationInput } from './operation-input';
import { operationOutputSchema } from './operation-output';
import type { SchemaOrRef } from './schema-to-zod-source';

/** Methods the SDK's HTTP client sends (OpenAPI's `trace` is not one of them). */
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;
type Method = (typeof METHODS)[number];

/** One operation of the document, ready to become an action. */
export interface ImportedOperation {
  actionName: string;
  method: Uppercase<Method>;
  /** path template, e.g. `/pet/{petId}` */
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  input: OperationInput;
  /** the 2xx JSON response schema; undefined when the operation returns no JSON */
  output?: SchemaOrRef;
}

/** An operation the import leaves out, and why (printed by the CLI, listed in the generated index). */
export interface SkippedOperation {
  operation: string;
  reason: string;
}

/**
 * The document's operations in document order, named, with their input and
 * output. `only` keeps the operations whose action name or operationId it
 * lists; naming one the document does not have is an error.
 */
export function importOperations(
  document: OpenApiDocument,
  only?: readonly string[],
): { operations: ImportedOperation[]; skipped: SkippedOperation[] } {
  const found = Object.entries(document.paths ?? {}).flatMap(([path, item]) => {
    const pathItem = item === undefined ? {} : resolveRef<OpenAPIV3.PathItemObject>(document, item);
    return METHODS.filter((method) => pathItem[method] !== undefined).map((method) => ({
      path,
      method,
      pathItem,
      operation: pathItem[method]!,
    }));
  });
  const names = uniqueActionNames(
    found.map(({ path, method, operation }) => ({ path, method, operationId: operation.operationId })),
  );
  const wanted = only === undefined ? undefined : new Set(only);
  if (wanted !== undefined) {
    const known = new Set([...names, ...found.flatMap(({ operation }) => operation.operationId ?? [])]);
    const unknown = [...wanted].filter((name) => !known.has(name));
    if (unknown.length > 0) throw new Error(`--operations names unknown operations: ${unknown.join(', ')}`);
  }

  const operations: ImportedOperation[] = [];
  const skipped: SkippedOperation[] = [];
  found.forEach(({ path, method, pathItem, operation }, index) => {
    const name = names[index]!;
    if (wanted !== undefined && !wanted.has(name) && !wanted.has(operation.operationId ?? '')) return;
    const input = operationInput(document, pathItem, operation);
    if ('unsupported' in input) {
      skipped.push({ operation: `${name} (${method.toUpperCase()} ${path})`, reason: input.unsupported });
      return;
    }
    operations.push({
      actionName: name,
      method: method.toUpperCase() as Uppercase<Method>,
      path,
      ...(operation.summary ? { summary: operation.summary } : {}),
      ...(operation.description ? { description: operation.description } : {}),
      deprecated: operation.deprecated === true,
      input,
      ...optionalOutput(operationOutputSchema(document, operation)),
    });
  });
  return { operations, skipped };
}

function optionalOutput(output: SchemaOrRef | undefined): { output?: SchemaOrRef } {
  return output === undefined ? {} : { output };
}
