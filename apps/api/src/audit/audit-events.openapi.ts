import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import { AuditEventList, AuditEventListQuery } from './audit-events.schemas';

export const auditEventsPaths: ZodOpenApiPathsObject = {
  '/v1/audit-events': {
    get: {
      tags: ['audit'],
      operationId: 'listAuditEvents',
      summary: 'List audit events, newest first',
      description: 'Who changed what: every create, update, publish, delete and key revocation, with its actor.',
      requestParams: { query: AuditEventListQuery },
      responses: { '200': jsonResponse('A page of audit events', AuditEventList), ...problemResponses(400) },
    },
  },
};
