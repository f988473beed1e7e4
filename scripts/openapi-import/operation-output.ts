import type { OpenAPIV3 } from 'openapi-types';
import { resolveRef } from './document-refs';
import type { OpenApiDocument } from './load-openapi-document';
import { JSON_MEDIA_TYPE } from './operation-input';
import type { SchemaOrRef } from './schema-to-zod-source';

/**
 * The schema of the operation's success body: the lowest declared 2xx status
 * (then `2XX`) that has a JSON media type. Undefined when success carries no
 * JSON (204, text, XML only): the action then returns whatever came back.
 */
export function operationOutputSchema(
  document: OpenApiDocument,
  operation: OpenAPIV3.OperationObject,
): SchemaOrRef | undefined {
  const statuses = Object.keys(operation.responses ?? {})
    .filter((status) => /^2(\d\d|XX)$/i.test(status))
    .sort((a, b) => a.toUpperCase().localeCompare(b.toUpperCase()));
  for (const status of statuses) {
    const response = resolveRef<OpenAPIV3.ResponseObject>(document, operation.responses[status]!);
    const mediaType = Object.keys(response.content ?? {}).find((type) => JSON_MEDIA_TYPE.test(type));
    if (mediaType !== undefined) return response.content?.[mediaType]?.schema ?? {};
  }
  return undefined;
}
