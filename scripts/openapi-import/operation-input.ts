import type { OpenAPIV3 } from 'openapi-types';
import { pascalCase } from './action-naming';
import { resolveRef } from './document-refs';
import type { OpenApiDocument } from './load-openapi-document';
import type { SchemaOrRef } from './schema-to-zod-source';

/** One field of an action's input and where its value goes in the request. */
export interface InputField {
  /** property name in the action input */
  key: string;
  location: 'path' | 'query' | 'header' | 'body';
  /** the parameter's name on the wire (the header, query or path variable name) */
  wireName: string;
  required: boolean;
  description?: string;
  schema: SchemaOrRef;
  /** query arrays: repeat the parameter (`a=1&a=2`, OpenAPI's default) or join with commas */
  explode: boolean;
}

export interface OperationInput {
  fields: InputField[];
}

/** Media types whose bodies the action sends as JSON. */
export const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json(?:\s*;.*)?$/i;

/**
 * The action input of an operation: its path, query and header parameters
 * (path-level ones included, the operation's own winning) and a `body` for a
 * JSON request body. Operations the HTTP client cannot call faithfully —
 * a body only in XML, form or binary encoding, or cookie parameters — are
 * reported as unsupported rather than imported half-working.
 */
export function operationInput(
  document: OpenApiDocument,
  pathItem: OpenAPIV3.PathItemObject,
  operation: OpenAPIV3.OperationObject,
): OperationInput | { unsupported: string } {
  const parameters = new Map<string, OpenAPIV3.ParameterObject>();
  for (const item of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolveRef<OpenAPIV3.ParameterObject>(document, item);
    parameters.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  const cookies = [...parameters.values()].filter((parameter) => parameter.in === 'cookie');
  if (cookies.some((parameter) => parameter.required)) {
    return { unsupported: `cookie parameters are not supported (${cookies.map((p) => p.name).join(', ')})` };
  }

  const fields: InputField[] = [];
  for (const parameter of parameters.values()) {
    if (parameter.in === 'cookie') continue;
    fields.push({
      key: parameter.name,
      location: parameter.in as InputField['location'],
      wireName: parameter.name,
      required: parameter.in === 'path' || parameter.required === true,
      ...(parameter.description ? { description: parameter.description } : {}),
      schema: parameter.schema ?? parameterContentSchema(parameter) ?? {},
      explode: parameter.explode ?? (parameter.style === undefined || parameter.style === 'form'),
    });
  }

  if (operation.requestBody !== undefined) {
    const body = resolveRef<OpenAPIV3.RequestBodyObject>(document, operation.requestBody);
    const mediaType = Object.keys(body.content).find((type) => JSON_MEDIA_TYPE.test(type));
    if (mediaType === undefined) {
      return {
        unsupported: `its request body is only in ${Object.keys(body.content).join(', ')}; only JSON bodies are supported`,
      };
    }
    fields.push({
      key: 'body',
      location: 'body',
      wireName: 'body',
      required: body.required === true,
      ...(body.description ? { description: body.description } : {}),
      schema: body.content[mediaType]?.schema ?? {},
      explode: false,
    });
  }
  return { fields: withUniqueKeys(fields) };
}

/** A parameter declared with `content` instead of `schema` carries its schema there. */
function parameterContentSchema(parameter: OpenAPIV3.ParameterObject): SchemaOrRef | undefined {
  return Object.values(parameter.content ?? {})[0]?.schema;
}

/** `status` in both query and header, or a parameter called `body`: prefix the location (`queryStatus`). */
function withUniqueKeys(fields: InputField[]): InputField[] {
  const counts = new Map<string, number>();
  for (const field of fields) counts.set(field.key, (counts.get(field.key) ?? 0) + 1);
  return fields.map((field) =>
    (counts.get(field.key) ?? 0) > 1 && field.location !== 'body'
      ? { ...field, key: `${field.location}${pascalCase(field.key)}` }
      : field,
  );
}
