import { apiGet, apiSend, type ApiSchema } from './api-client';

type ApiFlow = ApiSchema<'Flow'>;

/**
 * A flow as the flows view reads it: the API's `Flow` (with its latest run,
 * draft test runs excluded), of whose working copy the view only needs the
 * trigger.
 */
export type FlowListItem = Omit<ApiFlow, 'object' | 'definition'> & {
  definition?: { trigger: { kind: string; path?: string } };
};
export type FlowLastRun = ApiSchema<'FlowLastRun'>;

/** `GET /v1/flows?search=`: flows whose name or slug contains the text (case-insensitive). */
export function searchFlows(
  options: { search?: string; limit?: number; cursor?: string },
  signal?: AbortSignal,
): Promise<Omit<ApiSchema<'FlowList'>, 'data'> & { data: FlowListItem[] }> {
  return apiGet('/v1/flows', {
    query: { limit: options.limit, cursor: options.cursor, search: options.search || undefined },
    ...(signal ? { signal } : {}),
  });
}

/** One flow with its whole draft definition. */
export function getFlowDocument(idOrSlug: string, signal?: AbortSignal): Promise<ApiFlow> {
  return apiGet('/v1/flows/{idOrSlug}', { path: { idOrSlug }, ...(signal ? { signal } : {}) });
}

export type FlowCreateRequest = ApiSchema<'FlowCreateRequest'>;

export function createFlow(request: FlowCreateRequest, idempotencyKey: string): Promise<ApiFlow> {
  return apiSend('post', '/v1/flows', { body: request, idempotencyKey });
}

/** Deletes the flow and stops its triggers; refused with 409 while runs are running unless `force`. */
export function deleteFlow(idOrSlug: string, options: { force?: boolean } = {}): Promise<ApiSchema<'FlowDeleted'>> {
  return apiSend('delete', '/v1/flows/{idOrSlug}', {
    path: { idOrSlug },
    ...(options.force ? { query: { force: 'true' } } : {}),
  });
}

export type FlowExportDocument = ApiSchema<'FlowExportDocument'>;

/** The flow's draft as an export document (connections by name, no secrets). */
export function exportFlow(idOrSlug: string): Promise<FlowExportDocument> {
  return apiGet('/v1/flows/{idOrSlug}/export', { path: { idOrSlug } });
}

export type FlowImportRequest = ApiSchema<'FlowImportRequest'>;
export type FlowImportResult = ApiSchema<'FlowImportResult'>;

export function importFlow(document: FlowImportRequest, idempotencyKey: string): Promise<FlowImportResult> {
  return apiSend('post', '/v1/flows/import', { body: document, idempotencyKey });
}

// --- The flow editor: draft, validation, publishing, versions ---

/** The definition as the API's generated types name it; the editor works with `@tributary/workflows` types. */
type ApiFlowDefinition = ApiSchema<'FlowUpdateRequest'>['definition'];

export interface FlowDraftWrite {
  name: string;
  description?: string | null;
  /** a `FlowDefinition` from `@tributary/workflows/flow-definition`; the API checks it */
  definition: unknown;
}

/** `PUT /v1/flows/{slug}`: replaces the draft; a 400 lists every definition problem with its pointer. */
export function saveFlowDraft(idOrSlug: string, draft: FlowDraftWrite, signal?: AbortSignal): Promise<ApiFlow> {
  return apiSend('put', '/v1/flows/{idOrSlug}', {
    path: { idOrSlug },
    body: { ...draft, definition: draft.definition as ApiFlowDefinition },
    ...(signal ? { signal } : {}),
  });
}

export type FlowValidationResult = ApiSchema<'FlowValidationResult'>;

/** `POST /v1/flows/{slug}/validate`: the stored draft's problems, as publishing would report them. */
export function validateFlowDraft(idOrSlug: string): Promise<FlowValidationResult> {
  return apiSend('post', '/v1/flows/{idOrSlug}/validate', { path: { idOrSlug } });
}

/** `POST /v1/flows/validate`: any definition's problems, nothing stored. */
export function validateFlowDefinition(definition: unknown): Promise<FlowValidationResult> {
  return apiSend('post', '/v1/flows/validate', { body: { definition } });
}

/** A published version, with who published it (`publishedBy`) and why (`message`). */
export type FlowVersion = ApiSchema<'FlowVersion'>;
export type FlowVersionPage = ApiSchema<'FlowVersionList'>;

/** `POST /v1/flows/{slug}/publish` with the publisher's message (an empty one is left out). */
export function publishFlow(
  idOrSlug: string,
  request: { message?: string },
  idempotencyKey: string,
): Promise<FlowVersion> {
  const message = request.message?.trim();
  return apiSend('post', '/v1/flows/{idOrSlug}/publish', {
    path: { idOrSlug },
    body: message ? { message } : {},
    idempotencyKey,
  });
}

/** Newest first. */
export function listFlowVersions(
  idOrSlug: string,
  options: { limit?: number; cursor?: string } = {},
  signal?: AbortSignal,
): Promise<FlowVersionPage> {
  return apiGet('/v1/flows/{idOrSlug}/versions', {
    path: { idOrSlug },
    query: { limit: options.limit, cursor: options.cursor },
    ...(signal ? { signal } : {}),
  });
}

export type FlowDiff = ApiSchema<'FlowDiff'>;

/** What changed from one revision to another; a revision is a version number or "draft". */
export function diffFlowRevisions(idOrSlug: string, from: number | 'draft', to: number | 'draft'): Promise<FlowDiff> {
  return apiGet('/v1/flows/{idOrSlug}/versions/{from}/diff/{to}', {
    path: { idOrSlug, from: String(from), to: String(to) },
  });
}

/** Publishes version `version`'s definition again as a new version and makes it the draft. */
export function rollbackFlow(idOrSlug: string, version: number, idempotencyKey: string): Promise<FlowVersion> {
  return apiSend('post', '/v1/flows/{idOrSlug}/versions/{version}/rollback', {
    path: { idOrSlug, version },
    idempotencyKey,
  });
}
