import { kebabCase, actionDisplayName, pascalCase } from './action-naming';
import type { ImportedOperation } from './import-operations';
import type { InputField } from './operation-input';
import { componentRefsOf, zodSourceOf, type SchemaSourceContext } from './schema-to-zod-source';

export interface ActionSourceOptions {
  header: string;
  authName: string;
  callName: string;
  /** module of the shared component schemas, relative to the action file, without extension */
  schemasModule: string;
  schemas: SchemaSourceContext;
}

/** `src/actions/<name>.action.ts` for one operation. */
export function actionFileName(operation: ImportedOperation): string {
  return `src/actions/${kebabCase(operation.actionName)}.action.ts`;
}

/**
 * One action: its input (parameters and body as a strict zod object, with the
 * document's descriptions), its output (the 2xx JSON schema, else unknown) and
 * a `run` that hands both to the client.
 */
export function emitActionSource(operation: ImportedOperation, options: ActionSourceOptions): string {
  const typeName = pascalCase(operation.actionName);
  const { fields } = operation.input;
  const inputSource = `z.strictObject({ ${fields.map((field) => `${JSON.stringify(field.key)}: ${fieldSource(field, options)}`).join(', ')} })`;
  const outputSource = operation.output === undefined ? 'z.unknown()' : zodSourceOf(operation.output, options.schemas);
  const components = [...componentRefsOf([fields.map((field) => field.schema), operation.output ?? {}])]
    .map((name) => options.schemas.componentConstants.get(name))
    .filter((constant): constant is string => constant !== undefined)
    .sort();
  const inputName = fields.length === 0 ? '_input' : 'input';

  return `${options.header}
import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
${components.length > 0 ? `import { ${components.join(', ')} } from '${options.schemasModule}';\n` : ''}import { ${options.authName} } from '../auth';
import { ${options.callName} } from '../client';

export const ${typeName}Input = ${inputSource};
export type ${typeName}Input = z.input<typeof ${typeName}Input>;

export const ${typeName}Output = ${outputSource};
export type ${typeName}Output = z.output<typeof ${typeName}Output>;

export const ${operation.actionName} = defineAction({
  name: ${JSON.stringify(operation.actionName)},
  displayName: ${JSON.stringify(actionDisplayName(operation.actionName, operation.summary))},
  description: ${JSON.stringify(descriptionOf(operation))},
  auth: ${options.authName},
  input: ${typeName}Input,
  output: ${typeName}Output,
  async run(ctx, ${inputName}) {
    return ${options.callName}(ctx, {
      ${requestProperties(operation).join(',\n      ')},
      responseSchema: ${typeName}Output,
    });
  },
});
`;
}

function fieldSource(field: InputField, options: ActionSourceOptions): string {
  let source = zodSourceOf(field.schema, options.schemas);
  const hasDefault = !('$ref' in field.schema) && field.schema.default !== undefined;
  if (!field.required && !hasDefault) source += '.optional()';
  if (field.description) source += `.describe(${JSON.stringify(field.description)})`;
  return source;
}

function descriptionOf(operation: ImportedOperation): string {
  const text = operation.description?.trim() || operation.summary?.trim() || '';
  const deprecated = operation.deprecated ? 'Deprecated by the API. ' : '';
  return `${deprecated}${text}${text ? ' ' : ''}(${operation.method} ${operation.path})`;
}

function requestProperties(operation: ImportedOperation): string[] {
  const byLocation = (location: InputField['location']) =>
    operation.input.fields.filter((field) => field.location === location);
  const record = (fields: InputField[]) =>
    `{ ${fields.map((field) => `${JSON.stringify(field.wireName)}: ${inputAccess(field.key)}`).join(', ')} }`;
  const properties = [`method: '${operation.method}'`, `path: ${JSON.stringify(operation.path)}`];
  const path = byLocation('path');
  const query = byLocation('query');
  const headers = byLocation('header');
  const body = byLocation('body')[0];
  if (path.length > 0) properties.push(`pathParams: ${record(path)}`);
  if (query.length > 0) properties.push(`query: ${record(query)}`);
  const commaSeparated = query.filter((field) => !field.explode).map((field) => JSON.stringify(field.wireName));
  if (commaSeparated.length > 0) properties.push(`commaSeparated: [${commaSeparated.join(', ')}]`);
  if (headers.length > 0) properties.push(`headers: ${record(headers)}`);
  if (body !== undefined) properties.push(`json: ${inputAccess(body.key)}`);
  return properties;
}

function inputAccess(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `input.${key}` : `input[${JSON.stringify(key)}]`;
}
