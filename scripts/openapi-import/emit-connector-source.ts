import type { OpenAPIV3 } from 'openapi-types';
import { kebabCase } from './action-naming';
import type { ImportedOperation, SkippedOperation } from './import-operations';
import type { OpenApiDocument } from './load-openapi-document';
import { zodSourceOf, type SchemaSourceContext } from './schema-to-zod-source';

export interface IndexSourceOptions {
  header: string;
  name: string;
  displayName: string;
  apiTitle: string;
  document: OpenApiDocument;
  authName: string;
  operations: ImportedOperation[];
  skipped: SkippedOperation[];
}

/** `src/index.ts`: wires the connector; operations left out are listed with the reason. */
export function emitIndexSource(options: IndexSourceOptions): string {
  const { operations, skipped } = options;
  const imports = operations
    .map((operation) => ({ name: operation.actionName, file: `./actions/${kebabCase(operation.actionName)}.action` }))
    .sort((a, b) => a.file.localeCompare(b.file))
    .map(({ name, file }) => `import { ${name} } from '${file}';`);
  const skippedNote =
    skipped.length === 0
      ? ''
      : `\n// Not imported:\n${skipped.map((item) => `// - ${item.operation}: ${item.reason}`).join('\n')}\n`;
  const description = `${options.apiTitle} (API version ${options.document.info.version}), ${operations.length} operations imported from its OpenAPI document.`;
  return `${options.header}
import { defineConnector } from '@tributary/connector-sdk';
${imports.join('\n')}
import { ${options.authName} } from './auth';
${skippedNote}
export const connector = defineConnector({
  name: ${JSON.stringify(options.name)},
  version: '0.1.0',
  displayName: ${JSON.stringify(options.displayName)},
  description: ${JSON.stringify(description)},
  auth: ${options.authName},
  actions: { ${operations.map((operation) => operation.actionName).join(', ')} },
});

export default connector;
`;
}

export interface SchemasSourceOptions {
  header: string;
  document: OpenApiDocument;
  /** component names in dependency order */
  components: string[];
  schemas: SchemaSourceContext;
}

/**
 * `src/api.schemas.ts`: one zod constant (and type) per component schema the
 * actions use. Each constant only sees the ones declared before it, so a ref
 * that closes a cycle becomes `z.unknown()` instead of a use before declaration.
 */
export function emitSchemasSource(options: SchemasSourceOptions): string {
  const declared = new Map<string, string>();
  const declarations = options.components.map((name) => {
    const constant = options.schemas.componentConstants.get(name)!;
    const schema = options.document.components!.schemas![name]!;
    const source = zodSourceOf(schema, { ...options.schemas, componentConstants: declared });
    declared.set(name, constant);
    const description = '$ref' in schema ? undefined : (schema as OpenAPIV3.SchemaObject).description;
    const doc = `/** ${(description ?? `\`${name}\` from the document's components.`).replace(/\*\//g, '*\\/')} */`;
    return `${doc}\nexport const ${constant} = ${source};\nexport type ${constant} = z.output<typeof ${constant}>;`;
  });
  return `${options.header}
import { z } from 'zod';

${declarations.join('\n\n')}
`;
}
