import { createDocument, type oas31 } from 'zod-openapi';
import { z } from 'zod';
import type { AppConfig } from '../config/app-config';
import { connectionsPaths } from '../connections/connections.openapi';
import { connectorsPaths } from '../connectors/connectors.openapi';
import { flowsPaths } from '../flows/flows.openapi';
import { healthPaths } from '../health/health.openapi';
import { hooksPaths } from '../hooks/hooks.openapi';
import { mappingsPaths } from '../mappings/mappings.openapi';
import { runsPaths } from '../runs/runs.openapi';
import { jsonResponse } from './openapi-responses';

export const OPENAPI_DOCUMENT = Symbol('OpenApiDocument');

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the
 * controllers validate with. Each resource module declares its own paths.
 */
export function buildOpenApiDocument(config: Pick<AppConfig, 'publicUrl'>): oas31.OpenAPIObject {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Tributary API',
      version: '0.1.0',
      description:
        'Flows, connections, runs and webhooks of Tributary. Every error is an RFC 9457 ' +
        '`application/problem+json` document with a stable `code`.',
    },
    servers: [{ url: config.publicUrl }],
    tags: [
      { name: 'flows', description: 'Flows, drafts and immutable published versions' },
      { name: 'connections', description: 'Stored connector credentials (write-only secrets)' },
      { name: 'mappings', description: 'Stored, versioned field mappings that map steps pin by id and version' },
      { name: 'runs', description: 'Executions of published flows, backed by Temporal workflows' },
      { name: 'hooks', description: 'Inbound webhooks that start runs' },
      { name: 'health', description: 'Liveness and readiness' },
    ],
    paths: {
      ...flowsPaths,
      ...connectionsPaths,
      ...connectorsPaths,
      ...mappingsPaths,
      ...runsPaths,
      ...hooksPaths,
      ...healthPaths,
      '/openapi.json': {
        get: {
          tags: ['health'],
          operationId: 'getOpenApiDocument',
          summary: 'This document',
          responses: { '200': jsonResponse('OpenAPI 3.1 document', z.record(z.string(), z.unknown())) },
        },
      },
    },
  });
}
