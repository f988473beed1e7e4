import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { actionDisplayName, pascalCase } from './action-naming';
import { componentSchemasInDependencyOrder } from './component-schemas';
import { connectionSchemes } from './connection-schemes';
import { actionFileName, emitActionSource } from './emit-action-source';
import { emitAuthSource } from './emit-auth-source';
import { emitClientSource } from './emit-client-source';
import { emitIndexSource, emitSchemasSource } from './emit-connector-source';
import { importOperations, type SkippedOperation } from './import-operations';
import { loadOpenApiDocument, type OpenApiDocument } from './load-openapi-document';
import { componentConstantName } from './schema-to-zod-source';

export interface GenerateConnectorOptions {
  /** the OpenAPI document, JSON or YAML */
  documentPath: string;
  /** connector name, e.g. `petstore` */
  name: string;
  displayName?: string;
  /** keep only these operations (action names or operationIds) */
  operations?: string[];
  /** where the document is served; relative `servers` URLs are resolved against it */
  documentUrl?: string;
  /** the repository root: file paths in the generated header are relative to it */
  repoRoot: string;
}

export interface GeneratedConnector {
  /** path inside the package → content, formatted with the repository's Prettier config */
  sourceFiles: Record<string, string>;
  skippedOperations: SkippedOperation[];
  skippedSchemes: { schemeName: string; reason: string }[];
  /** the command that produces these files again */
  command: string;
  apiTitle: string;
  defaultBaseUrl: string | undefined;
  /** the actions, in document order */
  actions: { name: string; displayName: string; method: string; path: string }[];
}

/** Where the shared component schemas go, relative to the package. */
const SCHEMAS_FILE = 'src/api.schemas.ts';

/**
 * Turns an OpenAPI 3.x document into the source files of a connector package
 * (`src/**`): one action per operation, the connection from the security
 * schemes, and the shared schemas. Deterministic: the same document and options
 * give byte-identical files, which the generated package's freshness test checks.
 *
 * @example
 * const { sourceFiles } = await generateConnector({ documentPath: 'petstore3.openapi.json', name: 'petstore', repoRoot });
 */
export async function generateConnector(options: GenerateConnectorOptions): Promise<GeneratedConnector> {
  const document = await loadOpenApiDocument(options.documentPath);
  const apiTitle = document.info.title;
  const displayName = options.displayName ?? apiTitle;
  const { operations, skipped } = importOperations(document, options.operations);
  if (operations.length === 0) throw new Error('no operation of the document can be imported');
  const { schemes, skipped: skippedSchemes } = connectionSchemes(document);
  const defaultBaseUrl = serverUrl(document, options.documentUrl);
  const command = regenerateCommand(options);
  const header = headerComment(options, document, command);
  const authName = `${pascalCase(options.name)}Auth`;
  const callName = `call${pascalCase(options.name)}`;

  const components = componentSchemasInDependencyOrder(
    document,
    operations.flatMap((operation) => [...operation.input.fields.map((field) => field.schema), operation.output ?? {}]),
  );
  const componentConstants = new Map(components.map((name) => [name, componentConstantName(name)]));
  const schemas = { document, componentConstants };

  const files: Record<string, string> = {
    'src/index.ts': emitIndexSource({
      header,
      name: options.name,
      displayName,
      apiTitle,
      document,
      authName,
      operations,
      skipped,
    }),
    'src/auth.ts': emitAuthSource({ header, authName, apiTitle, defaultBaseUrl, schemes }),
    'src/client.ts': emitClientSource({ header, authName, callName, apiTitle, schemes }),
  };
  if (components.length > 0) files[SCHEMAS_FILE] = emitSchemasSource({ header, document, components, schemas });
  for (const operation of operations) {
    files[actionFileName(operation)] = emitActionSource(operation, {
      header,
      authName,
      callName,
      schemasModule: '../api.schemas',
      schemas,
    });
  }

  const sourceFiles: Record<string, string> = {};
  const prettierConfig = (await resolveConfig(path.join(options.repoRoot, 'package.json'))) ?? {};
  for (const file of Object.keys(files).sort()) {
    sourceFiles[file] = await format(files[file]!, { ...prettierConfig, parser: 'typescript' });
  }
  const actions = operations.map((operation) => ({
    name: operation.actionName,
    displayName: actionDisplayName(operation.actionName, operation.summary),
    method: operation.method,
    path: operation.path,
  }));
  return { sourceFiles, skippedOperations: skipped, skippedSchemes, command, apiTitle, defaultBaseUrl, actions };
}

/**
 * `servers[0]` with its variables at their defaults, made absolute against
 * the document's URL when relative (as the specification says). Undefined when
 * there is no server or it stays relative: the connection must then give a `baseUrl`.
 */
export function serverUrl(document: OpenApiDocument, documentUrl: string | undefined): string | undefined {
  const server = document.servers?.[0];
  if (server === undefined) return undefined;
  const url = server.url.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = server.variables?.[name]?.default;
    return value === undefined ? whole : String(value);
  });
  if (/^https?:\/\//i.test(url)) return url.replace(/\/+$/, '');
  if (documentUrl === undefined) return undefined;
  return new URL(url, documentUrl).href.replace(/\/+$/, '');
}

function regenerateCommand(options: GenerateConnectorOptions): string {
  const quote = (value: string) => (/^[\w./:@,-]+$/.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`);
  const parts = ['npm run connector:import-openapi --', quote(relativePath(options)), options.name];
  if (options.displayName !== undefined) parts.push('--display', quote(options.displayName));
  if (options.documentUrl !== undefined) parts.push('--document-url', quote(options.documentUrl));
  if (options.operations !== undefined) parts.push('--operations', quote(options.operations.join(',')));
  return parts.join(' ');
}

function headerComment(options: GenerateConnectorOptions, document: OpenApiDocument, command: string): string {
  return [
    `// Generated from ${relativePath(options)} (${document.info.title} ${document.info.version}).`,
    '// Do not edit: change the document or scripts/openapi-import, then regenerate with',
    `//   ${command}`,
    '',
  ].join('\n');
}

function relativePath(options: GenerateConnectorOptions): string {
  return path.relative(options.repoRoot, path.resolve(options.documentPath)).split(path.sep).join('/');
}
