import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3 } from 'openapi-types';

/** An OpenAPI 3.x document whose refs all point inside it (`#/components/...`). */
export type OpenApiDocument = OpenAPIV3.Document;

/**
 * Reads an OpenAPI 3.x document (JSON or YAML), validates it against the
 * specification and bundles external `$ref`s into it. Internal refs to
 * `components/schemas` are kept, so shared schemas become shared zod
 * constants instead of copies in every action.
 *
 * @example
 * const document = await loadOpenApiDocument('scripts/openapi-import/fixtures/petstore3.openapi.json');
 */
export async function loadOpenApiDocument(file: string): Promise<OpenApiDocument> {
  let bundled: unknown;
  try {
    bundled = await SwaggerParser.bundle(file);
  } catch (error) {
    throw new Error(`${file} cannot be read as an OpenAPI document: ${messageOf(error)}`);
  }
  const version = typeof bundled === 'object' && bundled !== null && 'openapi' in bundled ? bundled.openapi : undefined;
  if (typeof version !== 'string' || !version.startsWith('3.')) {
    throw new Error(`${file} is not an OpenAPI 3.x document (Swagger 2.0 must be converted to OpenAPI 3 first)`);
  }
  try {
    // validate() dereferences what it is given; the bundled form stays untouched.
    await SwaggerParser.validate(structuredClone(bundled) as OpenApiDocument);
  } catch (error) {
    throw new Error(`${file} is not a valid OpenAPI document: ${messageOf(error)}`);
  }
  return bundled as OpenApiDocument;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
