import { createDocument, type oas31 } from 'zod-openapi';
import { z } from 'zod';
import type { AppConfig } from '../config/app-config';
import { apiKeysPaths } from '../api-keys/api-keys.openapi';
import { auditEventsPaths } from '../audit/audit-events.openapi';
import { connectionsPaths } from '../connections/connections.openapi';
import { connectorsPaths } from '../connectors/connectors.openapi';
import { flowsPaths } from '../flows/flows.openapi';
import { healthPaths } from '../health/health.openapi';
import { hooksPaths } from '../hooks/hooks.openapi';
import { mappingsPaths } from '../mappings/mappings.openapi';
import { runsPaths } from '../runs/runs.openapi';
import { triggersPaths } from '../triggers/triggers.openapi';
import { sessionsPaths } from '../sessions/sessions.openapi';
import { jsonResponse } from './openapi-responses';
import { applyRouteSecurity } from './route-security';
import type { RouteDescriptor } from './route-table';

export const OPENAPI_DOCUMENT = Symbol('OpenApiDocument');

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the
 * controllers validate with. Each resource module declares its own paths;
 * each operation's security comes from its controller's access decorators
 * (`routes`, see route-table.ts), so the two cannot disagree.
 */
export function buildOpenApiDocument(
  config: Pick<AppConfig, 'publicUrl'>,
  routes: readonly RouteDescriptor[],
): oas31.OpenAPIObject {
  const document = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Tributary API',
      version: '0.1.0',
      description:
        'Flows, connections, runs and webhooks of Tributary. Every error is an RFC 9457 ' +
        '`application/problem+json` document with a stable `code`.\n\n' +
        '**Authentication**: an API key as `Authorization: Bearer trb_…`, or the web-app session cookie ' +
        '(writes then need `X-Requested-With`). Each operation names the scope it needs (`x-required-scope`); ' +
        '`admin` implies every scope and `<resource>:write` implies `<resource>:read`.\n\n' +
        '**Idempotency**: operations that create or start something accept `Idempotency-Key` (Stripe semantics, 24 h).\n\n' +
        '**Rate limits**: per API key or user and per webhook path; responses carry `RateLimit-Policy` and ' +
        '`RateLimit` (draft-ietf-httpapi-ratelimit-headers), a 429 carries `Retry-After`.',
    },
    servers: [{ url: config.publicUrl }],
    tags: [
      { name: 'flows', description: 'Flows, drafts and immutable published versions' },
      { name: 'connections', description: 'Stored connector credentials (write-only secrets)' },
      { name: 'mappings', description: 'Stored, versioned field mappings that map steps pin by id and version' },
      { name: 'runs', description: 'Executions of published flows, backed by Temporal workflows' },
      { name: 'hooks', description: 'Inbound webhooks that start runs' },
      {
        name: 'triggers',
        description: 'How flows start: webhooks, schedules (Temporal Schedules), polling and subscription consumers',
      },
      { name: 'health', description: 'Liveness and readiness' },
      { name: 'api-keys', description: 'API keys and their scopes' },
      { name: 'sessions', description: 'First-run setup and web-app sessions' },
      { name: 'audit', description: 'The audit log: who changed what' },
    ],
    paths: {
      ...flowsPaths,
      ...connectionsPaths,
      ...connectorsPaths,
      ...mappingsPaths,
      ...runsPaths,
      ...hooksPaths,
      ...triggersPaths,
      ...healthPaths,
      ...apiKeysPaths,
      ...sessionsPaths,
      ...auditEventsPaths,
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
  applyRouteSecurity(document, routes);
  return document;
}
