import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import { ListQuery } from '../pagination/list-page';
import {
  FlowExportDocument,
  FlowExportQuery,
  FlowImportQuery,
  FlowImportRequest,
  FlowImportResult,
} from './flow-export.schemas';
import {
  FlowCreateRequest,
  FlowDeleted,
  FlowDeleteQuery,
  FlowDiff,
  FlowDiffPathParams,
  FlowList,
  FlowListQuery,
  FlowPathParams,
  FlowPublishRequest,
  FlowResource,
  FlowUpdateRequest,
  FlowValidateRequest,
  FlowValidationResult,
  FlowVersionList,
  FlowVersionPathParams,
  FlowVersionResource,
} from './flows.schemas';

const tags = ['flows'];

export const flowsPaths: ZodOpenApiPathsObject = {
  '/v1/flows': {
    post: {
      tags,
      operationId: 'createFlow',
      summary: 'Create a flow with a draft definition',
      requestBody: { required: true, content: { 'application/json': { schema: FlowCreateRequest } } },
      responses: { '201': jsonResponse('The flow', FlowResource), ...problemResponses(400, 409) },
    },
    get: {
      tags,
      operationId: 'listFlows',
      summary: 'List flows, newest first',
      description:
        '`search` keeps the flows whose name or slug contains the text, ignoring case; `next_cursor` pages ' +
        'through the filtered list. Each flow carries its `lastRun` from the run index.',
      requestParams: { query: FlowListQuery },
      responses: { '200': jsonResponse('A page of flows', FlowList), ...problemResponses(400) },
    },
  },
  '/v1/flows/{idOrSlug}': {
    get: {
      tags,
      operationId: 'getFlow',
      summary: 'Get a flow by id or slug',
      requestParams: { path: FlowPathParams },
      responses: { '200': jsonResponse('The flow', FlowResource), ...problemResponses(404) },
    },
    put: {
      tags,
      operationId: 'updateFlowDraft',
      summary: "Replace a flow's draft",
      requestParams: { path: FlowPathParams },
      requestBody: { required: true, content: { 'application/json': { schema: FlowUpdateRequest } } },
      responses: { '200': jsonResponse('The flow', FlowResource), ...problemResponses(400, 404) },
    },
    delete: {
      tags,
      operationId: 'deleteFlow',
      summary: 'Delete a flow with its versions and triggers',
      description:
        'Its schedules and polling/subscription consumers stop in Temporal first. Refused with 409 while runs ' +
        'are running, unless `force=true` (they keep running in Temporal). Past runs stay in Temporal history.',
      requestParams: { path: FlowPathParams, query: FlowDeleteQuery },
      responses: { '200': jsonResponse('The deleted flow', FlowDeleted), ...problemResponses(400, 404, 409, 503) },
    },
  },
  '/v1/flows/{idOrSlug}/publish': {
    post: {
      tags,
      operationId: 'publishFlow',
      summary: 'Publish the draft as the next immutable version',
      description:
        "Also points the flow's webhook trigger at the path the new version declares. The optional body's " +
        '`message` is kept with the version (and in the audit event) beside who published it.',
      requestParams: { path: FlowPathParams },
      requestBody: { required: false, content: { 'application/json': { schema: FlowPublishRequest } } },
      responses: {
        '201': jsonResponse('The new version', FlowVersionResource),
        ...problemResponses(400, 404, 409),
      },
    },
  },
  '/v1/flows/{idOrSlug}/versions': {
    get: {
      tags,
      operationId: 'listFlowVersions',
      summary: 'List published versions, newest first',
      requestParams: { path: FlowPathParams, query: ListQuery },
      responses: { '200': jsonResponse('A page of versions', FlowVersionList), ...problemResponses(400, 404) },
    },
  },
  '/v1/flows/{idOrSlug}/versions/{version}': {
    get: {
      tags,
      operationId: 'getFlowVersion',
      summary: 'Get one published version',
      requestParams: { path: FlowVersionPathParams },
      responses: { '200': jsonResponse('The version', FlowVersionResource), ...problemResponses(400, 404) },
    },
  },
  '/v1/flows/validate': {
    post: {
      tags,
      operationId: 'validateFlowDefinition',
      summary: 'Check a definition without storing it',
      description:
        'Lists every problem publishing would refuse (`errors`, with path and JSON pointer) and, for a valid ' +
        'definition, `warnings` about connections it names that do not exist in this environment.',
      requestBody: { required: true, content: { 'application/json': { schema: FlowValidateRequest } } },
      responses: { '200': jsonResponse('The verdict', FlowValidationResult), ...problemResponses(400) },
    },
  },
  '/v1/flows/{idOrSlug}/validate': {
    post: {
      tags,
      operationId: 'validateFlowDraft',
      summary: "Check a flow's stored draft",
      requestParams: { path: FlowPathParams },
      responses: { '200': jsonResponse('The verdict', FlowValidationResult), ...problemResponses(404) },
    },
  },
  '/v1/flows/{idOrSlug}/versions/{version}/rollback': {
    post: {
      tags,
      operationId: 'rollbackFlow',
      summary: 'Publish an earlier version again as a new version',
      description:
        "Versions never change: version n's definition becomes the next version and the draft, and the flow's " +
        'triggers follow it (a webhook path moves back). Its `message` is "Rolled back to version n" unless the ' +
        'optional body gives one.',
      requestParams: { path: FlowVersionPathParams },
      requestBody: { required: false, content: { 'application/json': { schema: FlowPublishRequest } } },
      responses: {
        '201': jsonResponse('The new version', FlowVersionResource),
        ...problemResponses(400, 404, 409),
      },
    },
  },
  '/v1/flows/{idOrSlug}/versions/{from}/diff/{to}': {
    get: {
      tags,
      operationId: 'diffFlowVersions',
      summary: 'Compare two versions, or a version and the draft',
      requestParams: { path: FlowDiffPathParams },
      responses: { '200': jsonResponse('What changed', FlowDiff), ...problemResponses(400, 404) },
    },
  },
  '/v1/flows/{idOrSlug}/export': {
    get: {
      tags,
      operationId: 'exportFlow',
      summary: 'Download a flow as a reviewable file',
      description:
        'A `<slug>.flow.json` attachment with a stable key order. Connections are named, never included: ' +
        'the file holds no secret.',
      requestParams: { path: FlowPathParams, query: FlowExportQuery },
      responses: {
        '200': {
          ...jsonResponse('The flow document', FlowExportDocument),
          headers: {
            'Content-Disposition': {
              description: '`attachment; filename="<slug>.flow.json"`',
              schema: { type: 'string' as const },
            },
          },
        },
        ...problemResponses(400, 404),
      },
    },
  },
  '/v1/flows/import': {
    post: {
      tags,
      operationId: 'importFlow',
      summary: 'Create or update a flow from an exported document',
      description:
        'Creates the flow (201), or replaces the draft of the flow with this slug (200) with `?mode=update` or ' +
        '`overwrite: true`. With `publish: true` the definition is also published; that is refused (409 ' +
        '`flow_connections_missing`) while a referenced connection does not exist here.',
      requestParams: { query: FlowImportQuery },
      requestBody: { required: true, content: { 'application/json': { schema: FlowImportRequest } } },
      responses: {
        '200': jsonResponse('The existing flow, with its draft replaced', FlowImportResult),
        '201': jsonResponse('The new flow', FlowImportResult),
        ...problemResponses(400, 404, 409),
      },
    },
  },
};
