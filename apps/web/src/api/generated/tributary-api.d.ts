/**
 * Types of the Tributary HTTP API, generated from its OpenAPI document
 * (apps/api/src/openapi/openapi-document.ts) by openapi-typescript.
 * Do not edit by hand: run `npm run api:client` after changing the API.
 * scripts/api-client/generate-api-client.spec.ts fails while this file is stale.
 */

export interface paths {
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: 200 while the process serves HTTP */
    get: operations['getLiveness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/hooks/{path}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a run of the flow whose webhook trigger declares this path
     * @description Runs the latest published version. Body, query and headers become `$trigger`; authorization, cookie, API-key, token, secret and signature headers are dropped first. When the flow's trigger declares a business key, a delivery whose key already has a run returns that run (200, `duplicate: true`) or is refused (409 `duplicate_run`), as the trigger says. With `?sync=1` the call waits for the flow's `respond` step (its status, headers and body are the answer) or for the run to end (200 with the output; 502 problem when it fails).
     */
    post: operations['receiveWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/openapi.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** This document */
    get: operations['getOpenApiDocument'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: the database and Temporal both answer */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List API keys, newest first (never the keys themselves)
     * @description Requires the `admin` scope.
     */
    get: operations['listApiKeys'];
    put?: never;
    /**
     * Create an API key; the key is in this response only
     * @description Only `sha256(key)` and a short prefix are stored. A key never gets a scope its creator lacks.
     *
     *     Requires the `admin` scope.
     */
    post: operations['createApiKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an API key
     * @description Requires the `admin` scope.
     */
    get: operations['getApiKey'];
    put?: never;
    post?: never;
    /**
     * Revoke an API key; requests with it get 401 from now on
     * @description Revoking a revoked key changes nothing and returns it.
     *
     *     Requires the `admin` scope.
     */
    delete: operations['revokeApiKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List audit events, newest first
     * @description Who changed what: every create, update, publish, delete and key revocation, with its actor.
     *
     *     Requires the `admin` scope.
     */
    get: operations['listAuditEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List connections, newest first
     * @description Requires the `flows:read` scope.
     */
    get: operations['listConnections'];
    put?: never;
    /**
     * Store credentials for a connector
     * @description Secrets are encrypted at rest; no response ever contains them.
     *
     *     Requires the `connections:write` scope.
     */
    post: operations['createConnection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connections/{idOrName}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a connection by id or name
     * @description Requires the `flows:read` scope.
     */
    get: operations['getConnection'];
    put?: never;
    post?: never;
    /**
     * Delete a connection and its secrets
     * @description Refused with 409 `connection_in_use` (listing where) while a published flow version names the connection in a step, a compensation or its trigger, unless `?force=true`.
     *
     *     Requires the `connections:write` scope.
     */
    delete: operations['deleteConnection'];
    options?: never;
    head?: never;
    /**
     * Change a connection
     * @description `config` and `secrets` are merged field by field (JSON Merge Patch, top level): a field not sent keeps its stored value, a value replaces it, `null` removes it. The audit event names the changed fields, never values.
     *
     *     Requires the `connections:write` scope.
     */
    patch: operations['updateConnection'];
    trace?: never;
  };
  '/v1/connections/{idOrName}/oauth2/authorize': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start the OAuth2 authorization-code flow
     * @description Builds the provider URL from `config.authorizeUrl`, `config.clientId`, `config.scope` (and `config.authorizeParams`), with a single-use `state` and a PKCE S256 challenge valid for 10 minutes. The connection also needs `config.tokenUrl` and `secrets.clientSecret`; 409 `connection_not_oauth2_ready` lists what is missing.
     *
     *     Requires the `connections:write` scope.
     */
    post: operations['authorizeConnectionOAuth2'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connections/{idOrName}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check that the stored credentials work
     * @description A worker validates the connection against its connector's auth schema and runs the connector's check (e.g. `SELECT 1`). A failed check is answered with 200 and `ok: false`; 504 when no worker answers in time (`CONNECTION_TEST_TIMEOUT_MS`, default 20 s). Messages never contain secret values.
     *
     *     Requires the `connections:write` scope.
     */
    post: operations['testConnection'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connectors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the connectors workers have registered, with their versions
     * @description Requires the `flows:read` scope.
     */
    get: operations['listConnectors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connectors/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A connector with its latest version's manifest (JSON Schemas of its connection and actions)
     * @description Requires the `flows:read` scope.
     */
    get: operations['getConnector'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/connectors/{name}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One registered version of a connector; kept for flows pinned to it
     * @description Requires the `flows:read` scope.
     */
    get: operations['getConnectorVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/flows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List flows, newest first
     * @description `search` keeps the flows whose name or slug contains the text, ignoring case; `next_cursor` pages through the filtered list. Each flow carries its `lastRun` from the run index.
     *
     *     Requires the `flows:read` scope.
     */
    get: operations['listFlows'];
    put?: never;
    /**
     * Create a flow with a draft definition
     * @description Requires the `flows:write` scope.
     */
    post: operations['createFlow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/flows/{idOrSlug}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a flow by id or slug
     * @description Requires the `flows:read` scope.
     */
    get: operations['getFlow'];
    /**
     * Replace a flow's draft
     * @description Requires the `flows:write` scope.
     */
    put: operations['updateFlowDraft'];
    post?: never;
    /**
     * Delete a flow with its versions and triggers
     * @description Its schedules and polling/subscription consumers stop in Temporal first. Refused with 409 while runs are running, unless `force=true` (they keep running in Temporal). Past runs stay in Temporal history.
     *
     *     Requires the `flows:write` scope.
     */
    delete: operations['deleteFlow'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/flows/{idOrSlug}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a flow as a reviewable file
     * @description A `<slug>.flow.json` attachment with a stable key order. Connections are named, never included: the file holds no secret.
     *
     *     Requires the `flows:read` scope.
     */
    get: operations['exportFlow'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/flows/{idOrSlug}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish the draft as the next immutable version
     * @description Also points the flow's webhook trigger at the path the new version declares. The optional body's `message` is kept with the version (and in the audit event) beside who published it.
     *
     *     Requires the `flows:write` scope.
     */
    post: operations['publishFlow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/flows/{idOrSlug}/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a run of the latest published version (or `version`) by hand
     * @description The run has trigger kind `manual` and sees `payload` as its trigger data. With an `Idempotency-Key` the run and workflow ids derive from the caller and the key, so retries (even racing across API processes) start one workflow. A flow whose trigger declares a business key answers 200 with the existing run when the key matched one.
     *
     *     Requires the `runs:write` scope.
     */
    post: operations['startManualRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/flows/{idOrSlug}/steps/{stepId}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Run one action or map step of the draft once, with the given input and scope
     * @description The editor's "Test this step". The step (at any depth) comes from `definition` (default: the saved draft, validated like `PUT /v1/flows/{idOrSlug}`: 400 with paths and JSON pointers). An action step calls its connector once, never retried, in a worker through the same activity a run uses, with its connection resolved there, and acts for real: send an `Idempotency-Key` so a retried request does not act twice. A map step runs the mapping code runs use. Expressions see `scope` (`$trigger`, `$steps`, `$vars`, `$item`, `$index`; `$run.version` is null). No run is recorded. A failed action or a bad expression answers 200 with `status: failed` and `error` (an expression error names the field in `error.details.path`). 404 for an unknown flow or step; 422 `step_not_testable` (naming the `kind`) for other kinds; 504 `step_test_timeout` when no worker answers in time (`STEP_TEST_TIMEOUT_MS`, default 30 s). Secret-looking members of `input`, `output` and `error.details` are "[redacted]".
     *
     *     Requires the `runs:write` scope.
     */
    post: operations['testFlowStep'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/flows/{idOrSlug}/test-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Test the flow's draft (or an unsaved definition) as a real run
     * @description Runs `definition` (default: the saved draft, so a flow that was never published can be tested) on Temporal like any run: follow it with `GET /v1/runs/{id}/events`, cancel or terminate it. It is recorded with trigger `test` and `flow.version` null, is listed by `GET /v1/runs?trigger=test`, and is not the flow's `lastRun`. A given `definition` is validated like `PUT /v1/flows/{idOrSlug}` (400 with paths and JSON pointers). `warnings` names connections that do not exist here; their steps fail at run time. The trigger's business key is not applied. Restarting or re-running a test run with version `original` runs the same definition again.
     *
     *     Requires the `runs:write` scope.
     */
    post: operations['startDraftTestRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/flows/{idOrSlug}/validate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check a flow's stored draft
     * @description Requires the `flows:read` scope.
     */
    post: operations['validateFlowDraft'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/flows/{idOrSlug}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List published versions, newest first
     * @description Requires the `flows:read` scope.
     */
    get: operations['listFlowVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/flows/{idOrSlug}/versions/{from}/diff/{to}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Compare two versions, or a version and the draft
     * @description Requires the `flows:read` scope.
     */
    get: operations['diffFlowVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/flows/{idOrSlug}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one published version
     * @description Requires the `flows:read` scope.
     */
    get: operations['getFlowVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/flows/{idOrSlug}/versions/{version}/rollback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish an earlier version again as a new version
     * @description Versions never change: version n's definition becomes the next version and the draft, and the flow's triggers follow it (a webhook path moves back). Its `message` is "Rolled back to version n" unless the optional body gives one.
     *
     *     Requires the `flows:write` scope.
     */
    post: operations['rollbackFlow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/flows/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create or update a flow from an exported document
     * @description Creates the flow (201), or replaces the draft of the flow with this slug (200) with `?mode=update` or `overwrite: true`. With `publish: true` the definition is also published; that is refused (409 `flow_connections_missing`) while a referenced connection does not exist here.
     *
     *     Requires the `flows:write` scope.
     */
    post: operations['importFlow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/flows/validate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Check a definition without storing it
     * @description Lists every problem publishing would refuse (`errors`, with path and JSON pointer) and, for a valid definition, `warnings` about connections it names that do not exist in this environment.
     *
     *     Requires the `flows:read` scope.
     */
    post: operations['validateFlowDefinition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/mappings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List mappings, newest first
     * @description Requires the `flows:read` scope.
     */
    get: operations['listMappings'];
    put?: never;
    /**
     * Store a field mapping; its definition becomes version 1
     * @description Requires the `flows:write` scope.
     */
    post: operations['createMapping'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/mappings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a mapping by id or name, with its latest definition
     * @description Requires the `flows:read` scope.
     */
    get: operations['getMapping'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/mappings/{id}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Store the next immutable version of a mapping
     * @description Requires the `flows:write` scope.
     */
    post: operations['createMappingVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/mappings/{id}/versions/{version}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one version of a mapping
     * @description Requires the `flows:read` scope.
     */
    get: operations['getMappingVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/mappings/infer-schema': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Derive a JSON Schema from a sample record (or several)
     * @description Requires the `flows:read` scope.
     */
    post: operations['inferMappingSchema'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/mappings/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Map sample records with a definition, without storing anything
     * @description Answers one result per sample: the output and every field error. A definition that does not validate is a 400 problem listing each problem by its JSON path.
     *
     *     Requires the `flows:read` scope.
     */
    post: operations['previewMapping'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/oauth2/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * OAuth2 redirect target (called by the provider via the browser)
     * @description Spends the `state`, exchanges the code (with the PKCE verifier and the client secret) at `config.tokenUrl` and stores `accessToken`, `refreshToken` and `expiresAt` among the encrypted secrets, then redirects (303) to `<PUBLIC_URL>/connections/<id>?oauth=connected`.
     */
    get: operations['completeConnectionOAuth2'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List runs from Temporal visibility: open runs first, then the most recently closed
     * @description Answered by Temporal visibility, so runs a schedule, poll or subscription started are listed even before their index row exists. Temporal orders them: open runs first (newest started first), then closed runs by close time, newest first. Filters combine with AND. `next_cursor` is opaque and only valid with the same filters (400 naming `cursor` otherwise); `has_more` may be true when the next page turns out empty. 503 `temporal_unavailable` when Temporal cannot be reached.
     *
     *     Requires the `runs:read` scope.
     */
    get: operations['listRuns'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a run with its live status and steps from Temporal
     * @description Requires the `runs:read` scope.
     */
    get: operations['getRun'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/{id}/approvals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve or reject the approval step the run waits on
     * @description 409 `approval_not_waiting` when no approval step waits (or not the one named).
     *
     *     Requires the `runs:write` scope.
     */
    post: operations['decideRunApproval'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Request cancellation; compensations run before the run reports `cancelled`
     * @description Requires the `runs:write` scope.
     */
    post: operations['cancelRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Follow a run live (Server-Sent Events)
     * @description A `text/event-stream`. `event: progress` carries `{ status, steps, error?, compensations? }` (the fields of `Run`) each time the step timeline changes, read from Temporal every 500 ms; `event: finished` carries `{ id, status, closedAt, error? }` once the run has closed, and the stream ends. `id:` counts changes. A comment line (`: heartbeat`) every 15 s keeps proxies from closing an idle stream. A reconnect (with or without `Last-Event-ID`) receives the current state at once.
     *
     *     Requires the `runs:read` scope.
     */
    get: operations['streamRunEvents'];
    put?: never;
    /**
     * Deliver an event to a waitForEvent step of the run
     * @description Only a step waiting for this event name (and correlation key, when it declares one) is resumed; an event no step waits for yet is buffered for a later one (`stepId: null`).
     *
     *     Requires the `runs:write` scope.
     */
    post: operations['submitRunEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/{id}/rerun': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a new run with the same trigger payload
     * @description Requires the `runs:write` scope.
     */
    post: operations['rerunRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/{id}/restart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start a new run from a top-level step, reusing the outputs recorded before it
     * @description Without `fromStepId` the run restarts at the top-level step containing the step that failed it. The new run records `restartedFrom`.
     *
     *     Requires the `runs:write` scope.
     */
    post: operations['restartRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/{id}/terminate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Stop a run at once, without compensation
     * @description Terminates the Temporal workflow: unlike cancel, the run runs no compensations or cleanup. The run reports `terminated` and the audit log records `run.terminated` with the reason. 409 `run_not_running` when the run has already closed.
     *
     *     Requires the `runs:write` scope.
     */
    post: operations['terminateRun'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/bulk/rerun': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Re-run every run matching a filter (at most 500)
     * @description Requires the `runs:write` scope.
     */
    post: operations['bulkRerunRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/runs/bulk/restart': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Restart every run matching a filter (at most 500), each from its failed step
     * @description Requires the `runs:write` scope.
     */
    post: operations['bulkRestartRuns'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in: sets the session cookie */
    post: operations['createSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/sessions/current': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who am I: the session of the cookie */
    get: operations['getCurrentSession'];
    put?: never;
    post?: never;
    /** Sign out: ends the session and clears the cookie */
    delete: operations['deleteCurrentSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * First run: whether the admin user is still to be created
     * @description Public: the web app asks it before anyone can sign in, to offer setup or sign-in.
     */
    get: operations['getSetupStatus'];
    put?: never;
    /**
     * First run: create the admin user and sign in
     * @description Only while no user exists; afterwards 409 `setup_already_done`.
     */
    post: operations['setUpFirstAdmin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/triggers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List triggers, newest first
     * @description Triggers are created and updated by publishing flow versions.
     *
     *     Requires the `flows:read` scope.
     */
    get: operations['listTriggers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/triggers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a trigger with its Temporal state (and, for schedules, upcoming and recent fires)
     * @description Requires the `flows:read` scope.
     */
    get: operations['getTrigger'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/triggers/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Disable a trigger
     * @description Webhooks answer 404, schedules are paused, consumers stop (unacknowledged messages stay with the broker, a polling cursor is kept).
     *
     *     Requires the `flows:write` scope.
     */
    post: operations['disableTrigger'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/triggers/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enable a trigger
     * @description Webhooks accept calls again, schedules fire, polling and subscription consumers start.
     *
     *     Requires the `flows:write` scope.
     */
    post: operations['enableTrigger'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/triggers/{id}/fire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Fire a schedule now
     * @description Starts one run at once, outside the calendar, even while the schedule is paused.
     *
     *     Requires the `runs:write` scope.
     */
    post: operations['fireSchedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/triggers/{id}/pause': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Pause a schedule
     * @description The same as disable, for schedules.
     *
     *     Requires the `flows:write` scope.
     */
    post: operations['pauseSchedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/v1/triggers/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Resume a schedule
     * @description The same as enable, for schedules.
     *
     *     Requires the `flows:write` scope.
     */
    post: operations['resumeSchedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    __schema0: (
      | {
          action: string;
          compensation?: {
            action: string;
            connection?: string;
            connector?: string;
            /** @default {} */
            input: {
              [key: string]: unknown;
            };
          };
          connection?: string;
          connector: string;
          connectorVersion?: string;
          description?: string;
          heartbeatTimeoutMs?: number;
          id: string;
          /** @default {} */
          input: {
            [key: string]: unknown;
          };
          /** @constant */
          kind: 'action';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema0'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          timeoutMs?: number;
        }
      | {
          description?: string;
          /** @default false */
          each: boolean;
          id: string;
          /** @constant */
          kind: 'map';
          mapping?: {
            rules: {
              default?: components['schemas']['__schema5'];
              expression?: string;
              required?: boolean;
              source?: string;
              target: string;
              transforms?: (
                | {
                    caseInsensitive?: boolean;
                    default?: components['schemas']['__schema4'];
                    /** @constant */
                    kind: 'lookup';
                    table: {
                      [key: string]: components['schemas']['__schema3'];
                    };
                  }
                | {
                    /** @constant */
                    kind: 'coerce';
                    /** @enum {string} */
                    to: 'string' | 'number' | 'integer' | 'boolean';
                  }
                | {
                    from?: string;
                    /** @constant */
                    kind: 'date';
                    locale?: string;
                    to?: string;
                    toZone?: string;
                    zone?: string;
                  }
                | {
                    /** @enum {string} */
                    from:
                      | 'mm'
                      | 'cm'
                      | 'm'
                      | 'km'
                      | 'in'
                      | 'ft'
                      | 'g'
                      | 'kg'
                      | 't'
                      | 'lb'
                      | 'C'
                      | '°C'
                      | 'F'
                      | '°F'
                      | 'K'
                      | 'Pa'
                      | 'kPa'
                      | 'bar'
                      | 'psi'
                      | 'ml'
                      | 'l'
                      | 'm3'
                      | 'gal'
                      | 's'
                      | 'min'
                      | 'h';
                    /** @constant */
                    kind: 'unit';
                    /** @enum {string} */
                    to:
                      | 'mm'
                      | 'cm'
                      | 'm'
                      | 'km'
                      | 'in'
                      | 'ft'
                      | 'g'
                      | 'kg'
                      | 't'
                      | 'lb'
                      | 'C'
                      | '°C'
                      | 'F'
                      | '°F'
                      | 'K'
                      | 'Pa'
                      | 'kPa'
                      | 'bar'
                      | 'psi'
                      | 'ml'
                      | 'l'
                      | 'm3'
                      | 'gal'
                      | 's'
                      | 'min'
                      | 'h';
                  }
                | {
                    /** @constant */
                    kind: 'template';
                    template: string;
                  }
                | {
                    /** @constant */
                    kind: 'concat';
                    separator?: string;
                    with: string[];
                  }
                | {
                    index?: number;
                    /** @constant */
                    kind: 'split';
                    separator: string;
                  }
                | {
                    /** @constant */
                    kind: 'text';
                    /** @enum {string} */
                    op: 'trim' | 'upper' | 'lower';
                  }
                | {
                    /** @constant */
                    kind: 'substring';
                    length?: number;
                    start: number;
                  }
                | {
                    digits: number;
                    /** @constant */
                    kind: 'round';
                  }
              )[];
              value?: components['schemas']['__schema2'];
            }[];
            sourceSchema?: {
              [key: string]: components['schemas']['__schema1'];
            };
            targetSchema?: {
              [key: string]: components['schemas']['__schema1'];
            };
          };
          mappingRef?: {
            id: string;
            version: number;
          };
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema0'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          rules?: {
            from: unknown;
            target: string;
          }[];
          source?: unknown;
          timeoutMs?: number;
        }
      | {
          condition: string;
          description?: string;
          else?: components['schemas']['__schema0'];
          id: string;
          /** @constant */
          kind: 'if';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema0'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          then: components['schemas']['__schema0'];
          timeoutMs?: number;
        }
      | {
          cases: {
            steps: components['schemas']['__schema0'];
            when: unknown[] | unknown;
          }[];
          default?: components['schemas']['__schema0'];
          description?: string;
          id: string;
          /** @constant */
          kind: 'switch';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema0'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          timeoutMs?: number;
          value: string;
        }
      | {
          /** @default 250 */
          batchSize: number;
          collect?: unknown;
          /** @default 1 */
          concurrency: number;
          description?: string;
          id: string;
          items: string;
          /** @constant */
          kind: 'forEach';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema0'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          steps: components['schemas']['__schema0'];
          timeoutMs?: number;
        }
      | {
          branches: {
            name: string;
            steps: components['schemas']['__schema0'];
          }[];
          description?: string;
          id: string;
          /** @constant */
          kind: 'parallel';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema0'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          timeoutMs?: number;
          /** @default all */
          wait:
            | 'all'
            | 'first'
            | {
                atLeast: number;
              };
        }
      | {
          description?: string;
          duration?: string;
          id: string;
          /** @constant */
          kind: 'wait';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema0'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          timeoutMs?: number;
          until?: unknown;
        }
      | {
          approval?: {
            approvers?: string[];
            prompt?: unknown;
          };
          correlationKey?: unknown;
          description?: string;
          event: string;
          id: string;
          /** @constant */
          kind: 'waitForEvent';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema0'];
              };
          onTimeout?: components['schemas']['__schema0'];
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          timeout?: string;
          timeoutMs?: number;
        }
      | {
          description?: string;
          flow: string;
          id: string;
          input?: unknown;
          /** @constant */
          kind: 'subflow';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema0'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          timeoutMs?: number;
          version?: number;
        }
      | {
          body?: unknown;
          description?: string;
          headers?: {
            [key: string]: unknown;
          };
          id: string;
          /** @constant */
          kind: 'respond';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema0'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          /** @default 200 */
          status: number;
          timeoutMs?: number;
        }
      | {
          description?: string;
          error: string;
          id: string;
          /** @constant */
          kind: 'fail';
          message?: unknown;
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema0'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          timeoutMs?: number;
        }
    )[];
    __schema1:
      | string
      | number
      | boolean
      | null
      | components['schemas']['__schema1'][]
      | {
          [key: string]: components['schemas']['__schema1'];
        };
    __schema2:
      | string
      | number
      | boolean
      | null
      | components['schemas']['__schema2'][]
      | {
          [key: string]: components['schemas']['__schema2'];
        };
    __schema3:
      | string
      | number
      | boolean
      | null
      | components['schemas']['__schema3'][]
      | {
          [key: string]: components['schemas']['__schema3'];
        };
    __schema4:
      | string
      | number
      | boolean
      | null
      | components['schemas']['__schema4'][]
      | {
          [key: string]: components['schemas']['__schema4'];
        };
    __schema5:
      | string
      | number
      | boolean
      | null
      | components['schemas']['__schema5'][]
      | {
          [key: string]: components['schemas']['__schema5'];
        };
    __schema6: (
      | {
          action: string;
          compensation?: {
            action: string;
            connection?: string;
            connector?: string;
            /** @default {} */
            input: {
              [key: string]: unknown;
            };
          };
          connection?: string;
          connector: string;
          connectorVersion?: string;
          description?: string;
          heartbeatTimeoutMs?: number;
          id: string;
          /** @default {} */
          input: {
            [key: string]: unknown;
          };
          /** @constant */
          kind: 'action';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema6'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          timeoutMs?: number;
        }
      | {
          description?: string;
          /** @default false */
          each: boolean;
          id: string;
          /** @constant */
          kind: 'map';
          mapping?: {
            rules: {
              default?: components['schemas']['__schema11'];
              expression?: string;
              required?: boolean;
              source?: string;
              target: string;
              transforms?: (
                | {
                    caseInsensitive?: boolean;
                    default?: components['schemas']['__schema10'];
                    /** @constant */
                    kind: 'lookup';
                    table: {
                      [key: string]: components['schemas']['__schema9'];
                    };
                  }
                | {
                    /** @constant */
                    kind: 'coerce';
                    /** @enum {string} */
                    to: 'string' | 'number' | 'integer' | 'boolean';
                  }
                | {
                    from?: string;
                    /** @constant */
                    kind: 'date';
                    locale?: string;
                    to?: string;
                    toZone?: string;
                    zone?: string;
                  }
                | {
                    /** @enum {string} */
                    from:
                      | 'mm'
                      | 'cm'
                      | 'm'
                      | 'km'
                      | 'in'
                      | 'ft'
                      | 'g'
                      | 'kg'
                      | 't'
                      | 'lb'
                      | 'C'
                      | '°C'
                      | 'F'
                      | '°F'
                      | 'K'
                      | 'Pa'
                      | 'kPa'
                      | 'bar'
                      | 'psi'
                      | 'ml'
                      | 'l'
                      | 'm3'
                      | 'gal'
                      | 's'
                      | 'min'
                      | 'h';
                    /** @constant */
                    kind: 'unit';
                    /** @enum {string} */
                    to:
                      | 'mm'
                      | 'cm'
                      | 'm'
                      | 'km'
                      | 'in'
                      | 'ft'
                      | 'g'
                      | 'kg'
                      | 't'
                      | 'lb'
                      | 'C'
                      | '°C'
                      | 'F'
                      | '°F'
                      | 'K'
                      | 'Pa'
                      | 'kPa'
                      | 'bar'
                      | 'psi'
                      | 'ml'
                      | 'l'
                      | 'm3'
                      | 'gal'
                      | 's'
                      | 'min'
                      | 'h';
                  }
                | {
                    /** @constant */
                    kind: 'template';
                    template: string;
                  }
                | {
                    /** @constant */
                    kind: 'concat';
                    separator?: string;
                    with: string[];
                  }
                | {
                    index?: number;
                    /** @constant */
                    kind: 'split';
                    separator: string;
                  }
                | {
                    /** @constant */
                    kind: 'text';
                    /** @enum {string} */
                    op: 'trim' | 'upper' | 'lower';
                  }
                | {
                    /** @constant */
                    kind: 'substring';
                    length?: number;
                    start: number;
                  }
                | {
                    digits: number;
                    /** @constant */
                    kind: 'round';
                  }
              )[];
              value?: components['schemas']['__schema8'];
            }[];
            sourceSchema?: {
              [key: string]: components['schemas']['__schema7'];
            };
            targetSchema?: {
              [key: string]: components['schemas']['__schema7'];
            };
          };
          mappingRef?: {
            id: string;
            version: number;
          };
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema6'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          rules?: {
            from: unknown;
            target: string;
          }[];
          source?: unknown;
          timeoutMs?: number;
        }
      | {
          condition: string;
          description?: string;
          else?: components['schemas']['__schema6'];
          id: string;
          /** @constant */
          kind: 'if';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema6'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          then: components['schemas']['__schema6'];
          timeoutMs?: number;
        }
      | {
          cases: {
            steps: components['schemas']['__schema6'];
            when: unknown[] | unknown;
          }[];
          default?: components['schemas']['__schema6'];
          description?: string;
          id: string;
          /** @constant */
          kind: 'switch';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema6'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          timeoutMs?: number;
          value: string;
        }
      | {
          /** @default 250 */
          batchSize: number;
          collect?: unknown;
          /** @default 1 */
          concurrency: number;
          description?: string;
          id: string;
          items: string;
          /** @constant */
          kind: 'forEach';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema6'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          steps: components['schemas']['__schema6'];
          timeoutMs?: number;
        }
      | {
          branches: {
            name: string;
            steps: components['schemas']['__schema6'];
          }[];
          description?: string;
          id: string;
          /** @constant */
          kind: 'parallel';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema6'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          timeoutMs?: number;
          /** @default all */
          wait:
            | 'all'
            | 'first'
            | {
                atLeast: number;
              };
        }
      | {
          description?: string;
          duration?: string;
          id: string;
          /** @constant */
          kind: 'wait';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema6'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          timeoutMs?: number;
          until?: unknown;
        }
      | {
          approval?: {
            approvers?: string[];
            prompt?: unknown;
          };
          correlationKey?: unknown;
          description?: string;
          event: string;
          id: string;
          /** @constant */
          kind: 'waitForEvent';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema6'];
              };
          onTimeout?: components['schemas']['__schema6'];
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          timeout?: string;
          timeoutMs?: number;
        }
      | {
          description?: string;
          flow: string;
          id: string;
          input?: unknown;
          /** @constant */
          kind: 'subflow';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema6'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          timeoutMs?: number;
          version?: number;
        }
      | {
          body?: unknown;
          description?: string;
          headers?: {
            [key: string]: unknown;
          };
          id: string;
          /** @constant */
          kind: 'respond';
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema6'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          /** @default 200 */
          status: number;
          timeoutMs?: number;
        }
      | {
          description?: string;
          error: string;
          id: string;
          /** @constant */
          kind: 'fail';
          message?: unknown;
          name?: string;
          onError?:
            | 'fail'
            | 'continue'
            | {
                /** @constant */
                mode: 'fail';
              }
            | {
                /** @constant */
                mode: 'continue';
                output?: unknown;
              }
            | {
                /** @constant */
                mode: 'handler';
                steps: components['schemas']['__schema6'];
              };
          retry?: {
            /** @default 2 */
            backoffCoefficient: number;
            /** @default 1000 */
            initialIntervalMs: number;
            /** @default 5 */
            maxAttempts: number;
            /** @default 60000 */
            maxIntervalMs: number;
            nonRetryableErrorCodes?: string[];
          };
          timeoutMs?: number;
        }
    )[];
    __schema7:
      | string
      | number
      | boolean
      | null
      | components['schemas']['__schema7'][]
      | {
          [key: string]: components['schemas']['__schema7'];
        };
    __schema8:
      | string
      | number
      | boolean
      | null
      | components['schemas']['__schema8'][]
      | {
          [key: string]: components['schemas']['__schema8'];
        };
    __schema9:
      | string
      | number
      | boolean
      | null
      | components['schemas']['__schema9'][]
      | {
          [key: string]: components['schemas']['__schema9'];
        };
    __schema10:
      | string
      | number
      | boolean
      | null
      | components['schemas']['__schema10'][]
      | {
          [key: string]: components['schemas']['__schema10'];
        };
    __schema11:
      | string
      | number
      | boolean
      | null
      | components['schemas']['__schema11'][]
      | {
          [key: string]: components['schemas']['__schema11'];
        };
    /** @description an API key; the key itself is shown once, when it is created */
    ApiKey: {
      /** Format: date-time */
      createdAt: string;
      /** @description the key or user that created it; null for ADMIN_API_KEY */
      createdBy: string | null;
      id: string;
      /** @description to the minute */
      lastUsedAt: string | null;
      name: string;
      /** @constant */
      object: 'api_key';
      /**
       * @description the first characters of the key, to recognise it
       * @example trb_4fJ2kQ9x
       */
      prefix: string;
      revokedAt: string | null;
      scopes: string[];
    };
    ApiKeyCreateRequest: {
      /** @example ci-deployer */
      name: string;
      scopes: components['schemas']['Scope'][];
    };
    ApiKeyList: {
      data: components['schemas']['ApiKey'][];
      has_more: boolean;
      /** @description pass as `cursor` to get the next page; null on the last */
      next_cursor: string | null;
      /** @constant */
      object: 'list';
    };
    ApiKeyWithSecret: {
      /** Format: date-time */
      createdAt: string;
      /** @description the key or user that created it; null for ADMIN_API_KEY */
      createdBy: string | null;
      id: string;
      /**
       * @description the key: shown only in this response, store it now
       * @example trb_…
       */
      key: string;
      /** @description to the minute */
      lastUsedAt: string | null;
      name: string;
      /** @constant */
      object: 'api_key';
      /**
       * @description the first characters of the key, to recognise it
       * @example trb_4fJ2kQ9x
       */
      prefix: string;
      revokedAt: string | null;
      scopes: string[];
    };
    ApprovalDecision: {
      actor: string;
      comment?: string;
      decidedAt: string;
      /** @enum {string} */
      decision: 'approved' | 'rejected';
      stepId: string;
    };
    AuditEvent: {
      /** @example flow.published */
      action: string;
      /** @description the API key (key_…) or user (usr_…) that acted; "system" otherwise */
      actor: string;
      /** Format: date-time */
      createdAt: string;
      data: {
        [key: string]: unknown;
      };
      id: string;
      /** @constant */
      object: 'audit_event';
      targetId: string;
      targetType: string;
    };
    AuditEventList: {
      data: components['schemas']['AuditEvent'][];
      has_more: boolean;
      /** @description pass as `cursor` to get the next page; null on the last */
      next_cursor: string | null;
      /** @constant */
      object: 'list';
    };
    /** @description restart or re-run every run matching the filter, oldest first */
    BulkRunRequest: {
      /** @default {} */
      filter: {
        /** @description flow id or slug */
        flowId?: string;
        /** Format: date-time */
        startedAfter?: string;
        /** Format: date-time */
        startedBefore?: string;
        status?: components['schemas']['RunStatus'];
      };
      /** @default 100 */
      limit: number;
      /**
       * @description run the source run’s flow version, or the latest published one
       * @default original
       * @enum {string}
       */
      version: 'original' | 'latest';
    };
    BulkRunResult: {
      data: {
        error?: {
          code: string;
          message: string;
        };
        newRunId?: string;
        sourceRunId: string;
      }[];
      /** @constant */
      object: 'list';
    };
    /** @description undoing a completed action after the run failed (saga) */
    CompensationProgress: {
      error?: components['schemas']['StepError'];
      /** @enum {string} */
      status: 'running' | 'succeeded' | 'failed';
      stepId: string;
    };
    Connection: {
      config: {
        [key: string]: unknown;
      };
      connector: string;
      /** Format: date-time */
      createdAt: string;
      id: string;
      /**
       * @description what flow steps refer to in `connection`
       * @example erp-prod
       */
      name: string;
      /** @constant */
      object: 'connection';
      /** @description null when the connection has no rate limit */
      rateLimit: components['schemas']['ConnectionRateLimit'] | null;
      /** @description names of the stored secret fields; never their values */
      secretFields: string[];
      /** Format: date-time */
      updatedAt: string;
    };
    ConnectionCreateRequest: {
      /**
       * @description non-secret settings, shown back as they are (base URL, header names)
       * @default {}
       */
      config: {
        [key: string]: unknown;
      };
      /**
       * @description connector package name
       * @example http
       */
      connector: string;
      /**
       * @description what flow steps refer to in `connection`
       * @example erp-prod
       */
      name: string;
      rateLimit?: components['schemas']['ConnectionRateLimit'];
      /**
       * @description credentials; encrypted at rest and never returned — responses list only their field names
       * @example {
       *       "apiKey": "…"
       *     }
       */
      secrets: {
        [key: string]: unknown;
      };
    };
    ConnectionList: {
      data: components['schemas']['Connection'][];
      has_more: boolean;
      /** @description pass as `cursor` to get the next page; null on the last */
      next_cursor: string | null;
      /** @constant */
      object: 'list';
    };
    /** @description Throttles every request Tributary sends on behalf of this connection, across all workers. HTTP connectors count each request (retries and pages included); other connectors count each action. */
    ConnectionRateLimit: {
      /**
       * @description how many requests may go at once after a quiet period (default 1: requests are spread evenly); in any one second at most burst + requestsPerSecond requests reach the system
       * @example 2
       */
      burst?: number;
      /**
       * @description sustained requests per second the system accepts from this connection, all workers together
       * @example 10
       */
      requestsPerSecond: number;
    };
    ConnectionTestError: {
      /** @example AUTHENTICATION_FAILED */
      code: string;
      /** @description what the system answered; never contains a secret value */
      message: string;
    };
    ConnectionTestResult:
      | {
          /** Format: date-time */
          checkedAt: string;
          durationMs: number;
          message?: string;
          /** @constant */
          ok: true;
          /**
           * @description `connection`: the connector reached the system with these credentials; `schema`: the connector has no check, only the settings were validated against its auth schema
           * @enum {string}
           */
          verified: 'connection' | 'schema';
        }
      | {
          /** Format: date-time */
          checkedAt: string;
          durationMs: number;
          error: components['schemas']['ConnectionTestError'];
          /** @constant */
          ok: false;
        };
    ConnectionUpdateRequest: {
      /**
       * @description merged field by field into the stored settings: a value sets a field, `null` removes it
       * @example {
       *       "baseUrl": "https://erp.example.com"
       *     }
       */
      config?: {
        [key: string]: unknown;
      };
      /**
       * @description a new name; refused with 409 while a published flow version uses the old one, unless `?force=true`
       * @example erp-prod
       */
      name?: string;
      /** @description `null` removes the rate limit */
      rateLimit?: components['schemas']['ConnectionRateLimit'] | null;
      /**
       * @description merged field by field into the stored secrets: a field not sent keeps its stored value, a value replaces it, `null` removes it. Never returned.
       * @example {
       *       "password": "new-password",
       *       "legacyToken": null
       *     }
       */
      secrets?: {
        [key: string]: unknown;
      };
    };
    Connector: {
      /** @description action names of the latest version */
      actions: string[];
      description: string | null;
      displayName: string;
      /** @example 0.1.0 */
      latestVersion: string;
      manifest: components['schemas']['ConnectorManifest'];
      /** @example http */
      name: string;
      /** @constant */
      object: 'connector';
      versions: string[];
    };
    ConnectorList: {
      data: components['schemas']['ConnectorSummary'][];
      has_more: boolean;
      /** @description pass as `cursor` to get the next page; null on the last */
      next_cursor: string | null;
      /** @constant */
      object: 'list';
    };
    ConnectorManifest: {
      actions: {
        [key: string]: {
          description?: string;
          displayName: string;
          /** @description a JSON Schema (2020-12) */
          input: {
            [key: string]: unknown;
          };
          /** @description a JSON Schema (2020-12) */
          output: {
            [key: string]: unknown;
          };
        };
      };
      /** @description the connection form; secret fields carry `secret: true` */
      auth: {
        [key: string]: unknown;
      };
      description?: string;
      displayName: string;
      name: string;
      version: string;
    };
    ConnectorSummary: {
      /** @description action names of the latest version */
      actions: string[];
      description: string | null;
      displayName: string;
      /** @example 0.1.0 */
      latestVersion: string;
      /** @example http */
      name: string;
      /** @constant */
      object: 'connector';
      versions: string[];
    };
    ConnectorVersion: {
      manifest: components['schemas']['ConnectorManifest'];
      name: string;
      /** @constant */
      object: 'connector_version';
      /** Format: date-time */
      registeredAt: string;
      version: string;
    };
    DeletedConnection: {
      /** @constant */
      deleted: true;
      id: string;
      /** @constant */
      object: 'connection';
    };
    DependencyCheck: {
      /** @description why a dependency is down */
      reason?: string;
      /** @enum {string} */
      status: 'up' | 'down';
    };
    /** @description the started draft test run (trigger `test`, `flow.version` null) */
    DraftTestRun: {
      /** @description the trigger's business key, when the flow declares one */
      businessKey: string | null;
      closedAt: string | null;
      flow: {
        id: string;
        slug: string;
        /** @description the published version it runs; null for a draft test run (trigger `test`) */
        version: number | null;
      };
      id: string;
      /** @constant */
      object: 'run';
      /** @description the run whose trigger this one repeats */
      rerunOf: string | null;
      /** @description the run this one restarts, and the step it restarted from */
      restartedFrom: {
        runId: string;
        stepId: string;
      } | null;
      /** Format: date-time */
      startedAt: string;
      status: components['schemas']['RunStatus'];
      temporalRunId: string | null;
      /** @description how the run started: webhook, manual, …; `test` for a draft test run */
      trigger: string;
      /** @description connections the definition names that do not exist here: their steps will fail */
      warnings: {
        /** @constant */
        code: 'connection_not_found';
        /** @description the connection name that does not exist here */
        connection: string;
        message: string;
        /** @description e.g. "definition.steps[1].connector" */
        path: string;
        /** @description RFC 6901 JSON pointer, e.g. "/definition/steps/1/connector" */
        pointer: string;
      }[];
      workflowId: string;
    };
    DraftTestRunRequest: {
      /** @description the definition to run, e.g. the editor's unsaved one; default: the flow's saved draft */
      definition?: components['schemas']['FlowDefinition'];
      /** @description the trigger data the run sees as `$trigger`, exactly as given. To rehearse a webhook, give the shape a webhook run receives: `{ "body": …, "query": { … }, "headers": { … } }` (header names in lower case); for a schedule `{ "scheduledAt": "<ISO date-time>", "payload": … }`; for a poll or subscription the event the connector's trigger emits. Default: null. */
      payload?: unknown;
    };
    FieldError: {
      message: string;
      /** @description where the problem is, e.g. "definition.steps[1].connector" */
      path: string;
    };
    /** @description field rules (target ← expression, with transforms) and an optional target schema */
    FieldMappingDefinition: {
      rules: {
        default?: components['schemas']['__schema5'];
        expression?: string;
        required?: boolean;
        source?: string;
        target: string;
        transforms?: (
          | {
              caseInsensitive?: boolean;
              default?: components['schemas']['__schema4'];
              /** @constant */
              kind: 'lookup';
              table: {
                [key: string]: components['schemas']['__schema3'];
              };
            }
          | {
              /** @constant */
              kind: 'coerce';
              /** @enum {string} */
              to: 'string' | 'number' | 'integer' | 'boolean';
            }
          | {
              from?: string;
              /** @constant */
              kind: 'date';
              locale?: string;
              to?: string;
              toZone?: string;
              zone?: string;
            }
          | {
              /** @enum {string} */
              from:
                | 'mm'
                | 'cm'
                | 'm'
                | 'km'
                | 'in'
                | 'ft'
                | 'g'
                | 'kg'
                | 't'
                | 'lb'
                | 'C'
                | '°C'
                | 'F'
                | '°F'
                | 'K'
                | 'Pa'
                | 'kPa'
                | 'bar'
                | 'psi'
                | 'ml'
                | 'l'
                | 'm3'
                | 'gal'
                | 's'
                | 'min'
                | 'h';
              /** @constant */
              kind: 'unit';
              /** @enum {string} */
              to:
                | 'mm'
                | 'cm'
                | 'm'
                | 'km'
                | 'in'
                | 'ft'
                | 'g'
                | 'kg'
                | 't'
                | 'lb'
                | 'C'
                | '°C'
                | 'F'
                | '°F'
                | 'K'
                | 'Pa'
                | 'kPa'
                | 'bar'
                | 'psi'
                | 'ml'
                | 'l'
                | 'm3'
                | 'gal'
                | 's'
                | 'min'
                | 'h';
            }
          | {
              /** @constant */
              kind: 'template';
              template: string;
            }
          | {
              /** @constant */
              kind: 'concat';
              separator?: string;
              with: string[];
            }
          | {
              index?: number;
              /** @constant */
              kind: 'split';
              separator: string;
            }
          | {
              /** @constant */
              kind: 'text';
              /** @enum {string} */
              op: 'trim' | 'upper' | 'lower';
            }
          | {
              /** @constant */
              kind: 'substring';
              length?: number;
              start: number;
            }
          | {
              digits: number;
              /** @constant */
              kind: 'round';
            }
        )[];
        value?: components['schemas']['__schema2'];
      }[];
      sourceSchema?: {
        [key: string]: components['schemas']['__schema1'];
      };
      targetSchema?: {
        [key: string]: components['schemas']['__schema1'];
      };
    };
    /** @description field rules (target ← expression, with transforms) and an optional target schema */
    FieldMappingDefinitionOutput: {
      rules: {
        default?: components['schemas']['__schema11'];
        expression?: string;
        required?: boolean;
        source?: string;
        target: string;
        transforms?: (
          | {
              caseInsensitive?: boolean;
              default?: components['schemas']['__schema10'];
              /** @constant */
              kind: 'lookup';
              table: {
                [key: string]: components['schemas']['__schema9'];
              };
            }
          | {
              /** @constant */
              kind: 'coerce';
              /** @enum {string} */
              to: 'string' | 'number' | 'integer' | 'boolean';
            }
          | {
              from?: string;
              /** @constant */
              kind: 'date';
              locale?: string;
              to?: string;
              toZone?: string;
              zone?: string;
            }
          | {
              /** @enum {string} */
              from:
                | 'mm'
                | 'cm'
                | 'm'
                | 'km'
                | 'in'
                | 'ft'
                | 'g'
                | 'kg'
                | 't'
                | 'lb'
                | 'C'
                | '°C'
                | 'F'
                | '°F'
                | 'K'
                | 'Pa'
                | 'kPa'
                | 'bar'
                | 'psi'
                | 'ml'
                | 'l'
                | 'm3'
                | 'gal'
                | 's'
                | 'min'
                | 'h';
              /** @constant */
              kind: 'unit';
              /** @enum {string} */
              to:
                | 'mm'
                | 'cm'
                | 'm'
                | 'km'
                | 'in'
                | 'ft'
                | 'g'
                | 'kg'
                | 't'
                | 'lb'
                | 'C'
                | '°C'
                | 'F'
                | '°F'
                | 'K'
                | 'Pa'
                | 'kPa'
                | 'bar'
                | 'psi'
                | 'ml'
                | 'l'
                | 'm3'
                | 'gal'
                | 's'
                | 'min'
                | 'h';
            }
          | {
              /** @constant */
              kind: 'template';
              template: string;
            }
          | {
              /** @constant */
              kind: 'concat';
              separator?: string;
              with: string[];
            }
          | {
              index?: number;
              /** @constant */
              kind: 'split';
              separator: string;
            }
          | {
              /** @constant */
              kind: 'text';
              /** @enum {string} */
              op: 'trim' | 'upper' | 'lower';
            }
          | {
              /** @constant */
              kind: 'substring';
              length?: number;
              start: number;
            }
          | {
              digits: number;
              /** @constant */
              kind: 'round';
            }
        )[];
        value?: components['schemas']['__schema8'];
      }[];
      sourceSchema?: {
        [key: string]: components['schemas']['__schema7'];
      };
      targetSchema?: {
        [key: string]: components['schemas']['__schema7'];
      };
    };
    Flow: {
      /** Format: date-time */
      createdAt: string;
      definition: components['schemas']['FlowDefinitionOutput'];
      description: string | null;
      /** @example flow_01jd8x4k3m9t2v6w7y8z0abcde */
      id: string;
      /** @description the flow's most recently started run (draft test runs aside); null if it never ran */
      lastRun: components['schemas']['FlowLastRun'] | null;
      name: string;
      /** @constant */
      object: 'flow';
      /** @description latest published version; null if never published */
      publishedVersion: number | null;
      /**
       * @description stable, URL-safe name; part of every workflow id of the flow
       * @example erp-to-cmms
       */
      slug: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description path after /hooks/ that starts runs of the published version; null if none is live */
      webhookPath: string | null;
    };
    FlowCreateRequest: {
      definition: components['schemas']['FlowDefinition'];
      description?: string | null;
      name: string;
      /**
       * @description stable, URL-safe name; part of every workflow id of the flow
       * @example erp-to-cmms
       */
      slug: string;
    };
    /** @description the flow format interpreted by the runFlow workflow */
    FlowDefinition: {
      /** @default false */
      compensateOnFailure: boolean;
      output?: unknown;
      /** @constant */
      schemaVersion: 1;
      steps: components['schemas']['__schema0'];
      trigger:
        | {
            auth?:
              | {
                  /** @constant */
                  scheme: 'none';
                }
              | {
                  connection: string;
                  /** @default X-API-Key */
                  header: string;
                  /** @constant */
                  scheme: 'apiKey';
                }
              | {
                  /**
                   * @default sha256
                   * @enum {string}
                   */
                  algorithm: 'sha256' | 'sha1' | 'sha512';
                  connection: string;
                  /**
                   * @default hex
                   * @enum {string}
                   */
                  encoding: 'hex' | 'base64';
                  /** @default X-Signature-256 */
                  header: string;
                  /** @default  */
                  prefix: string;
                  /** @constant */
                  scheme: 'hmac';
                }
              | {
                  connection: string;
                  /** @constant */
                  scheme: 'standardWebhooks';
                  /** @default 300 */
                  toleranceSeconds: number;
                };
            businessKey?: {
              expression: string;
              /**
               * @default useExisting
               * @enum {string}
               */
              onDuplicate: 'useExisting' | 'reject';
            };
            /** @constant */
            kind: 'webhook';
            path: string;
          }
        | {
            businessKey?: {
              expression: string;
              /**
               * @default useExisting
               * @enum {string}
               */
              onDuplicate: 'useExisting' | 'reject';
            };
            /** @constant */
            kind: 'manual';
          }
        | {
            cron?: string | string[];
            every?: string;
            /** @constant */
            kind: 'schedule';
            /**
             * @default skip
             * @enum {string}
             */
            overlap: 'skip' | 'bufferOne' | 'allowAll';
            payload?: unknown;
            /** @default UTC */
            timezone: string;
          }
        | {
            businessKey?: {
              expression: string;
              /**
               * @default useExisting
               * @enum {string}
               */
              onDuplicate: 'useExisting' | 'reject';
            };
            connection?: string;
            connector: string;
            /** @default {} */
            input: {
              [key: string]: unknown;
            };
            /** @default 60 */
            intervalSeconds: number;
            /** @constant */
            kind: 'poll';
            trigger: string;
          }
        | {
            businessKey?: {
              expression: string;
              /**
               * @default useExisting
               * @enum {string}
               */
              onDuplicate: 'useExisting' | 'reject';
            };
            connection?: string;
            connector: string;
            /** @default {} */
            input: {
              [key: string]: unknown;
            };
            /** @constant */
            kind: 'subscription';
            trigger: string;
          };
      vars?: {
        [key: string]: unknown;
      };
    };
    /** @description the flow format interpreted by the runFlow workflow */
    FlowDefinitionOutput: {
      /** @default false */
      compensateOnFailure: boolean;
      output?: unknown;
      /** @constant */
      schemaVersion: 1;
      steps: components['schemas']['__schema6'];
      trigger:
        | {
            auth?:
              | {
                  /** @constant */
                  scheme: 'none';
                }
              | {
                  connection: string;
                  /** @default X-API-Key */
                  header: string;
                  /** @constant */
                  scheme: 'apiKey';
                }
              | {
                  /**
                   * @default sha256
                   * @enum {string}
                   */
                  algorithm: 'sha256' | 'sha1' | 'sha512';
                  connection: string;
                  /**
                   * @default hex
                   * @enum {string}
                   */
                  encoding: 'hex' | 'base64';
                  /** @default X-Signature-256 */
                  header: string;
                  /** @default  */
                  prefix: string;
                  /** @constant */
                  scheme: 'hmac';
                }
              | {
                  connection: string;
                  /** @constant */
                  scheme: 'standardWebhooks';
                  /** @default 300 */
                  toleranceSeconds: number;
                };
            businessKey?: {
              expression: string;
              /**
               * @default useExisting
               * @enum {string}
               */
              onDuplicate: 'useExisting' | 'reject';
            };
            /** @constant */
            kind: 'webhook';
            path: string;
          }
        | {
            businessKey?: {
              expression: string;
              /**
               * @default useExisting
               * @enum {string}
               */
              onDuplicate: 'useExisting' | 'reject';
            };
            /** @constant */
            kind: 'manual';
          }
        | {
            cron?: string | string[];
            every?: string;
            /** @constant */
            kind: 'schedule';
            /**
             * @default skip
             * @enum {string}
             */
            overlap: 'skip' | 'bufferOne' | 'allowAll';
            payload?: unknown;
            /** @default UTC */
            timezone: string;
          }
        | {
            businessKey?: {
              expression: string;
              /**
               * @default useExisting
               * @enum {string}
               */
              onDuplicate: 'useExisting' | 'reject';
            };
            connection?: string;
            connector: string;
            /** @default {} */
            input: {
              [key: string]: unknown;
            };
            /** @default 60 */
            intervalSeconds: number;
            /** @constant */
            kind: 'poll';
            trigger: string;
          }
        | {
            businessKey?: {
              expression: string;
              /**
               * @default useExisting
               * @enum {string}
               */
              onDuplicate: 'useExisting' | 'reject';
            };
            connection?: string;
            connector: string;
            /** @default {} */
            input: {
              [key: string]: unknown;
            };
            /** @constant */
            kind: 'subscription';
            trigger: string;
          };
      vars?: {
        [key: string]: unknown;
      };
    };
    FlowDefinitionProblem: {
      message: string;
      /** @description e.g. "definition.steps[1].connector" */
      path: string;
      /** @description RFC 6901 JSON pointer, e.g. "/definition/steps/1/connector" */
      pointer: string;
    };
    FlowDeleted: {
      /** @constant */
      deleted: true;
      id: string;
      /** @constant */
      object: 'flow';
    };
    FlowDiff: {
      from: number | 'draft';
      /** @constant */
      object: 'flow_diff';
      /** @description RFC 6902 JSON Patch turning the `from` definition into the `to` definition */
      patch: {
        from?: string;
        /** @enum {string} */
        op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
        path: string;
        value?: unknown;
      }[];
      summary: {
        stepsAdded: string[];
        /** @description ids whose own settings changed or that moved; matched by id at any depth */
        stepsChanged: string[];
        stepsRemoved: string[];
        triggerChanged: boolean;
      };
      to: number | 'draft';
    };
    FlowExportDocument: {
      /** @description names of the connections the definition references */
      connections: string[];
      definition: components['schemas']['FlowDefinitionOutput'];
      description?: string | null;
      /** @description which revision was exported, and when */
      exportedFrom:
        | {
            /** Format: date-time */
            exportedAt: string;
            version: number;
          }
        | {
            /** @constant */
            draft: true;
            /** Format: date-time */
            exportedAt: string;
          };
      /** @constant */
      format: 'tributary.flow';
      /** @constant */
      formatVersion: 1;
      name: string;
      /**
       * @description stable, URL-safe name; part of every workflow id of the flow
       * @example erp-to-cmms
       */
      slug: string;
    };
    /** @description an exported flow document, with optional `publish` and `overwrite` */
    FlowImportRequest: {
      connections?: string[];
      definition: components['schemas']['FlowDefinition'];
      description?: string | null;
      /** @description which revision was exported, and when */
      exportedFrom?:
        | {
            /** Format: date-time */
            exportedAt: string;
            version: number;
          }
        | {
            /** @constant */
            draft: true;
            /** Format: date-time */
            exportedAt: string;
          };
      /** @constant */
      format: 'tributary.flow';
      /** @constant */
      formatVersion: 1;
      name: string;
      /**
       * @description when a flow with this slug exists, replace its draft instead of answering 409
       * @default false
       */
      overwrite: boolean;
      /**
       * @description publish the imported definition as a new version
       * @default false
       */
      publish: boolean;
      /**
       * @description stable, URL-safe name; part of every workflow id of the flow
       * @example erp-to-cmms
       */
      slug: string;
    };
    FlowImportResult: {
      /** @description a new flow was created (else an existing draft was replaced) */
      created: boolean;
      flow: components['schemas']['Flow'];
      /** @description connections the definition names that do not exist in this environment */
      missingConnections: string[];
      /** @constant */
      object: 'flow_import';
      /** @description the published version, when `publish` was true */
      version: components['schemas']['FlowVersion'] | null;
    };
    /** @description status as last recorded in the run index; GET /v1/runs/{id} reads Temporal's current one */
    FlowLastRun: {
      closedAt: string | null;
      id: string;
      /** Format: date-time */
      startedAt: string;
      status: components['schemas']['RunStatus'];
    };
    FlowList: {
      data: components['schemas']['Flow'][];
      has_more: boolean;
      /** @description pass as `cursor` to get the next page; null on the last */
      next_cursor: string | null;
      /** @constant */
      object: 'list';
    };
    FlowPublishRequest: {
      /**
       * @description what changed, shown in the version history
       * @example Map the new ERP status codes
       */
      message?: string;
    };
    /** @description replaces the draft; published versions are never changed */
    FlowUpdateRequest: {
      definition: components['schemas']['FlowDefinition'];
      description?: string | null;
      name: string;
    };
    FlowValidateRequest: {
      /** @description a flow definition (checked, never stored) */
      definition: unknown;
    };
    FlowValidationResult: {
      /** @description every problem publishing would refuse, by path */
      errors: components['schemas']['FlowDefinitionProblem'][];
      valid: boolean;
      /** @description publishable, but will fail at run time in this environment */
      warnings: {
        /** @constant */
        code: 'connection_not_found';
        /** @description the connection name that does not exist here */
        connection: string;
        message: string;
        /** @description e.g. "definition.steps[1].connector" */
        path: string;
        /** @description RFC 6901 JSON pointer, e.g. "/definition/steps/1/connector" */
        pointer: string;
      }[];
    };
    /** @description an immutable published snapshot of a flow */
    FlowVersion: {
      definition: components['schemas']['FlowDefinitionOutput'];
      flowId: string;
      id: string;
      /** @description what changed, as the publisher said it; rollbacks say "Rolled back to version N" */
      message: string | null;
      /** @constant */
      object: 'flow_version';
      /** Format: date-time */
      publishedAt: string;
      /** @description the API key (key_…) or user (usr_…) that published it; null when not recorded */
      publishedBy: string | null;
      version: number;
      /** @description where to POST to start a run, for webhook-triggered flows */
      webhookUrl: string | null;
    };
    FlowVersionList: {
      data: components['schemas']['FlowVersion'][];
      has_more: boolean;
      /** @description pass as `cursor` to get the next page; null on the last */
      next_cursor: string | null;
      /** @constant */
      object: 'list';
    };
    InferSchemaRequest: {
      /** @description a source record, e.g. one ERP job as JSON */
      sample?: unknown;
      samples?: unknown[];
    };
    InferSchemaResponse: {
      /** @description JSON Schema (draft 2020-12) */
      schema: {
        [key: string]: unknown;
      };
    };
    Liveness: {
      /** @constant */
      status: 'ok';
    };
    ManualRunRequest: {
      /** @description the trigger data the run sees as `$trigger` */
      payload?: unknown;
      /** @description the published version to run; default: the latest */
      version?: number;
    };
    /** @description a stored field mapping; flows pin one of its versions with `mappingRef` */
    Mapping: {
      /** Format: date-time */
      createdAt: string;
      /** @description the definition of the latest version */
      definition: components['schemas']['FieldMappingDefinitionOutput'];
      description: string | null;
      /** @example map_01jd8x4k3m9t2v6w7y8z0abcde */
      id: string;
      latestVersion: number;
      name: string;
      /** @constant */
      object: 'mapping';
      /** Format: date-time */
      updatedAt: string;
    };
    MappingCreateRequest: {
      definition: components['schemas']['FieldMappingDefinition'];
      description?: string | null;
      /** @example erp-job-to-cmms-work-order */
      name: string;
    };
    MappingList: {
      data: components['schemas']['Mapping'][];
      has_more: boolean;
      /** @description pass as `cursor` to get the next page; null on the last */
      next_cursor: string | null;
      /** @constant */
      object: 'list';
    };
    /** @description try a definition on sample records without storing anything */
    MappingPreviewRequest: {
      bindings?: {
        [key: string]: unknown;
      };
      definition: components['schemas']['FieldMappingDefinition'];
      /** @description a source record, e.g. one ERP job as JSON */
      sample?: unknown;
      samples?: unknown[];
    };
    MappingPreviewResponse: {
      /** @description one per sample, in order */
      results: components['schemas']['MappingPreviewResult'][];
    };
    /** @description one sample mapped: the output and what went wrong per field */
    MappingPreviewResult: {
      errors: {
        /** @example lookup_no_match */
        code: string;
        message: string;
        /** @description the rule target, or a JSON pointer for target schema errors */
        path: string;
      }[];
      fields: {
        error?: {
          code: string;
          message: string;
        };
        target: string;
        value?: unknown;
      }[];
      ok: boolean;
      output: {
        [key: string]: unknown;
      };
    };
    /** @description an immutable version of a field mapping */
    MappingVersion: {
      /** Format: date-time */
      createdAt: string;
      definition: components['schemas']['FieldMappingDefinitionOutput'];
      id: string;
      mappingId: string;
      /** @constant */
      object: 'mapping_version';
      version: number;
    };
    /** @description the next immutable version; earlier ones never change */
    MappingVersionCreateRequest: {
      definition: components['schemas']['FieldMappingDefinition'];
    };
    OAuth2Authorization: {
      /**
       * Format: uri
       * @description send the user's browser here; the provider redirects back to `redirectUri`
       */
      authorizationUrl: string;
      /**
       * Format: date-time
       * @description the authorization must be completed before this time
       */
      expiresAt: string;
      /** @constant */
      object: 'oauth2_authorization';
      /**
       * Format: uri
       * @description must be registered with the provider for this client
       */
      redirectUri: string;
    };
    /** @description RFC 9457 problem details (application/problem+json) */
    ProblemDetails: {
      /** @description stable machine-readable code; the last segment of `type` */
      code: string;
      detail?: string;
      /** @description every invalid field, for validation problems */
      errors?: components['schemas']['FieldError'][];
      /** @description the request path */
      instance: string;
      status: number;
      title: string;
      /** @example https://tributary.dev/problems/resource_not_found */
      type: string;
    } & {
      [key: string]: unknown;
    };
    Readiness: {
      checks: {
        database: components['schemas']['DependencyCheck'];
        temporal: components['schemas']['DependencyCheck'];
      };
      /** @constant */
      status: 'ready';
    };
    /** @description a run with its live status and steps, read from Temporal */
    Run: {
      /** @description the trigger's business key, when the flow declares one */
      businessKey: string | null;
      closedAt: string | null;
      compensations?: components['schemas']['CompensationProgress'][];
      error?: {
        code: string;
        details?: unknown;
        message: string;
        stepId?: string;
      };
      flow: {
        id: string;
        slug: string;
        /** @description the published version it runs; null for a draft test run (trigger `test`) */
        version: number | null;
      };
      id: string;
      links: components['schemas']['RunLinks'];
      /** @constant */
      object: 'run';
      /** @description the run whose trigger this one repeats */
      rerunOf: string | null;
      /** @description the run this one restarts, and the step it restarted from */
      restartedFrom: {
        runId: string;
        stepId: string;
      } | null;
      /** Format: date-time */
      startedAt: string;
      status: components['schemas']['RunStatus'];
      steps: components['schemas']['StepProgress'][];
      temporalRunId: string | null;
      /** @description the execution in the Temporal Web UI (see also `links.temporalUi`) */
      temporalUiUrl?: string;
      /** @description how the run started: webhook, manual, …; `test` for a draft test run */
      trigger: string;
      workflowId: string;
    };
    RunApprovalRequest: {
      comment?: string;
      /** @enum {string} */
      decision: 'approve' | 'reject';
      /** @description the waiting approval step; optional when only one waits */
      stepId?: string;
    };
    /** @description cancellation requested; the run reports `cancelled` once it stops */
    RunCancelAccepted: {
      /** @constant */
      cancelRequested: true;
      id: string;
      /** @constant */
      object: 'run';
      workflowId: string;
    };
    RunEventRequest: {
      /** @description must equal the waiting step’s correlation key */
      correlationKey?: unknown;
      /** @example quality.inspection.passed */
      event: string;
      /** @description becomes the waiting step’s output */
      payload?: unknown;
    };
    RunEventResult: {
      /** @description the waitForEvent step the event resumed; null when buffered for a later one */
      stepId: string | null;
    };
    RunLinks: {
      /** @description the execution's event history in the Temporal Web UI; absent when no UI is configured */
      temporalUi?: string;
    };
    RunList: {
      data: components['schemas']['RunSummary'][];
      has_more: boolean;
      /** @description pass as `cursor` to get the next page; null on the last */
      next_cursor: string | null;
      /** @constant */
      object: 'list';
    };
    RunRerunRequest: {
      /**
       * @description run the source run’s flow version, or the latest published one
       * @default original
       * @enum {string}
       */
      version: 'original' | 'latest';
    };
    RunRestartRequest: {
      /** @description a top-level step; default: the top-level step that contains the failed step */
      fromStepId?: string;
      /**
       * @description run the source run’s flow version, or the latest published one
       * @default original
       * @enum {string}
       */
      version: 'original' | 'latest';
    };
    /** @enum {string} */
    RunStatus: 'running' | 'completed' | 'failed' | 'cancelled' | 'terminated' | 'timed_out';
    RunSummary: {
      /** @description the trigger's business key, when the flow declares one */
      businessKey: string | null;
      closedAt: string | null;
      flow: {
        id: string;
        slug: string;
        /** @description the published version it runs; null for a draft test run (trigger `test`) */
        version: number | null;
      };
      id: string;
      /** @constant */
      object: 'run';
      /** @description the run whose trigger this one repeats */
      rerunOf: string | null;
      /** @description the run this one restarts, and the step it restarted from */
      restartedFrom: {
        runId: string;
        stepId: string;
      } | null;
      /** Format: date-time */
      startedAt: string;
      status: components['schemas']['RunStatus'];
      temporalRunId: string | null;
      /** @description how the run started: webhook, manual, …; `test` for a draft test run */
      trigger: string;
      workflowId: string;
    };
    RunTerminateRequest: {
      /**
       * @description recorded in the Temporal history and the audit log
       * @example stuck on a bad record
       */
      reason: string;
    };
    /**
     * @description `admin` implies every scope; `flows:write` implies `flows:read`, `runs:write` implies `runs:read`
     * @enum {string}
     */
    Scope: 'flows:read' | 'flows:write' | 'runs:read' | 'runs:write' | 'connections:write' | 'admin';
    /** @description a web-app session; its token travels only in the HttpOnly cookie */
    Session: {
      /** Format: date-time */
      expiresAt: string;
      id: string;
      /** @constant */
      object: 'session';
      /** @description what the session may do, from the user's role */
      scopes: string[];
      user: components['schemas']['User'];
    };
    SessionCreateRequest: {
      /**
       * Format: email
       * @example ops@example.com
       */
      email: string;
      password: string;
    };
    /** @description the first admin user */
    SetupRequest: {
      /**
       * Format: email
       * @example ops@example.com
       */
      email: string;
      /**
       * @description how the web app greets the user
       * @example Dana Ops
       */
      name?: string;
      password: string;
    };
    SetupStatus: {
      /** @description true while no user exists: the first run must create the admin */
      required: boolean;
    };
    StepError: {
      code: string;
      details?: unknown;
      message: string;
    };
    StepProgress: {
      attempts: number;
      /** @description branch taken by if/switch/parallel */
      branch?: string;
      /** @description finishedAt − startedAt, once the step has finished */
      durationMs?: number;
      error?: components['schemas']['StepError'];
      finishedAt?: string;
      /** @description the step failed and its onError let the run go on */
      handled?: boolean;
      id: string;
      /** @description forEach progress, or how often a loop-body step ran */
      iterations?: {
        failed: number;
        succeeded: number;
        total: number;
      };
      kind: string;
      /** @description secret-looking fields (authorization, token, …) redacted */
      output?: unknown;
      /** @description the enclosing block step, for nested steps */
      parentId?: string;
      /** @description taken from the restarted run, not executed again */
      reused?: boolean;
      startedAt?: string;
      /** @enum {string} */
      status: 'pending' | 'running' | 'waiting' | 'succeeded' | 'failed' | 'skipped' | 'cancelled';
      waitingFor?: components['schemas']['WaitingFor'];
    };
    StepTestRequest: {
      /** @description the definition holding the step, e.g. the editor's unsaved one; default: the flow's saved draft */
      definition?: components['schemas']['FlowDefinition'];
      /** @description replaces an action step's `input` template; still a template: string leaves starting with "=" are expressions evaluated against `scope` ("==" starts a literal "="). Only action steps take it. */
      input?: {
        [key: string]: unknown;
      };
      scope?: components['schemas']['StepTestScope'];
    };
    /** @description one action or map step of a draft, run once with the given data */
    StepTestResult: {
      /** @description connector calls: 1 (never retried), or 0 when the input could not be resolved */
      attempts: number;
      /** @description wall time of the test, including reaching a worker */
      durationMs: number;
      /** @description why it failed; an expression error's `details` name the field: `{ path, expression }` */
      error?: components['schemas']['StepError'];
      /** @description an action's input with its expressions evaluated; a map step's source record (none for inline rules). Secret-looking members are "[redacted]". */
      input?: unknown;
      /** @enum {string} */
      kind: 'action' | 'map';
      /** @constant */
      object: 'step_test';
      /** @description the step output; secret-looking members are "[redacted]" */
      output?: unknown;
      /**
       * @description a failed action or a bad expression is `failed` with `error`, not an HTTP error
       * @enum {string}
       */
      status: 'succeeded' | 'failed';
      stepId: string;
    };
    StepTestScope: {
      /** @description `$index`, for a step inside a forEach body */
      index?: number;
      /** @description `$item`, for a step inside a forEach body */
      item?: unknown;
      /** @description earlier steps by id, read as `$steps.<id>.output` (e.g. from the last test run) */
      steps?: {
        [key: string]: {
          /** @description what an error handler reads as `$steps.<id>.error` */
          error?: unknown;
          output?: unknown;
        };
      };
      /** @description the trigger data, `$trigger` (default: null) */
      trigger?: unknown;
      /** @description `$vars`; default: the definition's `vars` evaluated against this scope, as a run does */
      vars?: {
        [key: string]: unknown;
      };
    };
    Trigger: {
      /** @description the trigger section of the flow's latest version */
      config: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      /** @description true for the trigger of the flow's latest published version; older kinds are retired */
      current: boolean;
      /** @description for polling triggers: where the next poll continues */
      cursor: unknown;
      /** @description false: paused by an operator; webhooks answer 404, schedules do not fire */
      enabled: boolean;
      flowId: string;
      /** @example trg_01jd8x4k3m9t2v6w7y8z0abcde */
      id: string;
      /** @enum {string} */
      kind: 'webhook' | 'manual' | 'schedule' | 'poll' | 'subscription';
      /** @constant */
      object: 'trigger';
      /**
       * @description what Temporal is doing for it: a running consumer workflow or Schedule, or nothing
       * @enum {string}
       */
      runtime: 'active' | 'paused' | 'stopped' | 'not_applicable' | 'unknown';
      /** @description for schedules: upcoming and recent fires, from the Temporal Schedule */
      schedule: {
        nextFireTimes: string[];
        recentFires: {
          /** Format: date-time */
          scheduledAt: string;
          workflowId: string;
        }[];
      } | null;
      /** Format: date-time */
      updatedAt: string;
      /** @description where a webhook trigger listens */
      webhookUrl: string | null;
    };
    TriggerList: {
      data: components['schemas']['Trigger'][];
      has_more: boolean;
      /** @description pass as `cursor` to get the next page; null on the last */
      next_cursor: string | null;
      /** @constant */
      object: 'list';
    };
    User: {
      email: string;
      id: string;
      /** @description null when the user was created without one */
      name: string | null;
      /** @constant */
      object: 'user';
      /** @enum {string} */
      role: 'admin' | 'editor' | 'viewer';
    };
    /** @description what a waiting step waits for */
    WaitingFor: {
      approval?: {
        approvers?: string[];
        prompt?: unknown;
      };
      correlationKey?: unknown;
      event?: string;
      /** @description a timer's or an event timeout's deadline */
      until?: string;
    };
    /** @description the run the webhook started (or, for a duplicate key, found) */
    WebhookAccepted: {
      /** @description true when the trigger's business key matched an existing run, which is returned instead (200) */
      duplicate: boolean;
      id: string;
      links: {
        /** @example /v1/runs/run_01jd8x4k3m9t2v6w7y8z0abcde */
        self: string;
      };
      /** @constant */
      object: 'run';
      status: components['schemas']['RunStatus'];
      workflowId: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getLiveness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Alive */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Liveness'];
        };
      };
    };
  };
  receiveWebhook: {
    parameters: {
      query?: {
        /** @description 1: wait (up to HOOK_SYNC_TIMEOUT_MS) and answer with the run's `respond` step, or its output when it completes (200), or a 502 problem when it fails; 202 with the run when the wait runs out */
        sync?: '0' | '1' | 'true' | 'false';
      };
      header?: never;
      path: {
        /** @description the webhook path declared by the flow trigger; may contain "/" */
        path: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': unknown;
        'application/x-www-form-urlencoded': unknown;
        'text/plain': unknown;
      };
    };
    responses: {
      /** @description Synchronous: the flow's response or output. Asynchronous: the existing run of a duplicate business key. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': unknown | components['schemas']['WebhookAccepted'];
        };
      };
      /** @description Run started (or still running when a synchronous wait ran out) */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookAccepted'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Body too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Understood, but cannot be carried out (e.g. a referenced resource is missing) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The run or an upstream service failed */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getOpenApiDocument: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description OpenAPI 3.1 document */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            [key: string]: unknown;
          };
        };
      };
    };
  };
  getReadiness: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Ready */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Readiness'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listApiKeys: {
    parameters: {
      query?: {
        /** @description `next_cursor` of the previous page */
        cursor?: string;
        /** @description page size, 1–100 */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of API keys */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyList'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `admin` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  createApiKey: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApiKeyCreateRequest'];
      };
    };
    responses: {
      /** @description The key, with its secret */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKeyWithSecret'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `admin` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A request with this Idempotency-Key is still running */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description This Idempotency-Key was used with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description API key id (key_…) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The API key */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKey'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `admin` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  revokeApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description API key id (key_…) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The revoked key */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApiKey'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `admin` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listAuditEvents: {
    parameters: {
      query?: {
        /** @description only this action, e.g. `api_key.revoked` */
        action?: string;
        /** @description only events by this key or user id */
        actor?: string;
        /** @description only events at or after this instant (ISO 8601) */
        createdAfter?: string;
        /** @description only events before this instant (ISO 8601) */
        createdBefore?: string;
        /** @description `next_cursor` of the previous page */
        cursor?: string;
        /** @description page size, 1–100 */
        limit?: number;
        /** @description only events about this resource */
        targetId?: string;
        /** @description only events about this kind of resource, e.g. `flow` */
        targetType?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of audit events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventList'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `admin` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listConnections: {
    parameters: {
      query?: {
        /** @description `next_cursor` of the previous page */
        cursor?: string;
        /** @description page size, 1–100 */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of connections */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConnectionList'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  createConnection: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConnectionCreateRequest'];
      };
    };
    responses: {
      /** @description The connection */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Connection'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `connections:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description This Idempotency-Key was used with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getConnection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description connection id (conn_…) or name */
        idOrName: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connection */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Connection'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  deleteConnection: {
    parameters: {
      query?: {
        /** @description go ahead although published flow versions use the connection by its name */
        force?: 'true' | 'false';
      };
      header?: never;
      path: {
        /** @description connection id (conn_…) or name */
        idOrName: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeletedConnection'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `connections:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  updateConnection: {
    parameters: {
      query?: {
        /** @description go ahead although published flow versions use the connection by its name */
        force?: 'true' | 'false';
      };
      header?: never;
      path: {
        /** @description connection id (conn_…) or name */
        idOrName: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConnectionUpdateRequest'];
      };
    };
    responses: {
      /** @description The changed connection */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Connection'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `connections:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  authorizeConnectionOAuth2: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description connection id (conn_…) or name */
        idOrName: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Send the browser to authorizationUrl */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OAuth2Authorization'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `connections:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description This Idempotency-Key was used with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  testConnection: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description connection id (conn_…) or name */
        idOrName: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The verdict */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConnectionTestResult'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `connections:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A worker did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listConnectors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All connectors */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConnectorList'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getConnector: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connector */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Connector'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getConnectorVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
        version: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The connector version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConnectorVersion'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listFlows: {
    parameters: {
      query?: {
        /** @description `next_cursor` of the previous page */
        cursor?: string;
        /** @description page size, 1–100 */
        limit?: number;
        /** @description only flows whose name or slug contains this text, ignoring case */
        search?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of flows */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlowList'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  createFlow: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FlowCreateRequest'];
      };
    };
    responses: {
      /** @description The flow */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description This Idempotency-Key was used with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getFlow: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description flow id (flow_…) or slug */
        idOrSlug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The flow */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  updateFlowDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description flow id (flow_…) or slug */
        idOrSlug: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FlowUpdateRequest'];
      };
    };
    responses: {
      /** @description The flow */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Flow'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  deleteFlow: {
    parameters: {
      query?: {
        /** @description delete even while runs are running (they keep running in Temporal) */
        force?: 'true' | 'false';
      };
      header?: never;
      path: {
        /** @description flow id (flow_…) or slug */
        idOrSlug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The deleted flow */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlowDeleted'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  exportFlow: {
    parameters: {
      query?: {
        /** @description a published version number, or "draft" (the default) */
        version?: string;
      };
      header?: never;
      path: {
        /** @description flow id (flow_…) or slug */
        idOrSlug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The flow document */
      200: {
        headers: {
          /** @description `attachment; filename="<slug>.flow.json"` */
          'Content-Disposition'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlowExportDocument'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  publishFlow: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description flow id (flow_…) or slug */
        idOrSlug: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['FlowPublishRequest'];
      };
    };
    responses: {
      /** @description The new version */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlowVersion'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description This Idempotency-Key was used with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  startManualRun: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description flow id (flow_…) or slug */
        idOrSlug: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['ManualRunRequest'];
      };
    };
    responses: {
      /** @description The existing run of a duplicate business key */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunSummary'];
        };
      };
      /** @description The new run */
      201: {
        headers: {
          /** @description the run */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunSummary'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Understood, but cannot be carried out (e.g. a referenced resource is missing) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  testFlowStep: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description flow id (flow_…) or slug */
        idOrSlug: string;
        /** @description the step, at any depth of the definition */
        stepId: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['StepTestRequest'];
      };
    };
    responses: {
      /** @description What the step did */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StepTestResult'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A request with this Idempotency-Key is still running */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Understood, but cannot be carried out (e.g. a referenced resource is missing) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A worker did not answer in time */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  startDraftTestRun: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description flow id (flow_…) or slug */
        idOrSlug: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['DraftTestRunRequest'];
      };
    };
    responses: {
      /** @description The started test run */
      201: {
        headers: {
          /** @description the run */
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DraftTestRun'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A request with this Idempotency-Key is still running */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Understood, but cannot be carried out (e.g. a referenced resource is missing) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The run or an upstream service failed */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  validateFlowDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description flow id (flow_…) or slug */
        idOrSlug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The verdict */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlowValidationResult'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listFlowVersions: {
    parameters: {
      query?: {
        /** @description `next_cursor` of the previous page */
        cursor?: string;
        /** @description page size, 1–100 */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description flow id (flow_…) or slug */
        idOrSlug: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of versions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlowVersionList'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  diffFlowVersions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description version number, or "draft" */
        from: string;
        /** @description flow id (flow_…) or slug */
        idOrSlug: string;
        /** @description version number, or "draft" */
        to: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlowDiff'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getFlowVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description flow id (flow_…) or slug */
        idOrSlug: string;
        /** @description version number, 1, 2, … */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlowVersion'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  rollbackFlow: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description flow id (flow_…) or slug */
        idOrSlug: string;
        /** @description version number, 1, 2, … */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['FlowPublishRequest'];
      };
    };
    responses: {
      /** @description The new version */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlowVersion'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description This Idempotency-Key was used with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  importFlow: {
    parameters: {
      query?: {
        /** @description `create` (default): a new flow, or with `overwrite: true` the existing one of this slug; `update`: the flow of this slug must exist and its draft is replaced */
        mode?: 'create' | 'update';
      };
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FlowImportRequest'];
      };
    };
    responses: {
      /** @description The existing flow, with its draft replaced */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlowImportResult'];
        };
      };
      /** @description The new flow */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlowImportResult'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description This Idempotency-Key was used with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  validateFlowDefinition: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FlowValidateRequest'];
      };
    };
    responses: {
      /** @description The verdict */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FlowValidationResult'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listMappings: {
    parameters: {
      query?: {
        /** @description `next_cursor` of the previous page */
        cursor?: string;
        /** @description page size, 1–100 */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of mappings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MappingList'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  createMapping: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MappingCreateRequest'];
      };
    };
    responses: {
      /** @description The mapping */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Mapping'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description This Idempotency-Key was used with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getMapping: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description mapping id (map_…) or name */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The mapping */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Mapping'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  createMappingVersion: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description mapping id (map_…) or name */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MappingVersionCreateRequest'];
      };
    };
    responses: {
      /** @description The new version */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MappingVersion'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A request with this Idempotency-Key is still running */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description This Idempotency-Key was used with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getMappingVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description mapping id (map_…) or name */
        id: string;
        /** @description version number, 1, 2, … */
        version: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The version */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MappingVersion'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  inferMappingSchema: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InferSchemaRequest'];
      };
    };
    responses: {
      /** @description The inferred schema */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InferSchemaResponse'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  previewMapping: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MappingPreviewRequest'];
      };
    };
    responses: {
      /** @description One result per sample */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MappingPreviewResponse'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  completeConnectionOAuth2: {
    parameters: {
      query: {
        /** @description authorization code (on success) */
        code?: string;
        /** @description OAuth2 error code (on failure), e.g. access_denied */
        error?: string;
        error_description?: string;
        error_uri?: string;
        /** @description the state Tributary put into the authorization URL */
        state: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Connected: redirect to the connection's page */
      303: {
        headers: {
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The run or an upstream service failed */
      502: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listRuns: {
    parameters: {
      query?: {
        /** @description `next_cursor` of the previous page; only valid with the same filters */
        cursor?: string;
        /** @description flow id (flow_…) or slug */
        flow?: string;
        /** @description page size, 1–100 */
        limit?: number;
        /** @description runs started at or after this instant */
        startedAfter?: string;
        /** @description runs started before this instant */
        startedBefore?: string;
        status?: components['schemas']['RunStatus'];
        /** @description how the runs started */
        trigger?: 'webhook' | 'manual' | 'schedule' | 'poll' | 'subscription' | 'test';
        /** @description flow version number */
        version?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of runs */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunList'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description run id (run_…) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The run */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Run'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  decideRunApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description run id (run_…) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunApprovalRequest'];
      };
    };
    responses: {
      /** @description The recorded decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ApprovalDecision'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  cancelRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description run id (run_…) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Cancellation requested */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunCancelAccepted'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  streamRunEvents: {
    parameters: {
      query?: never;
      header?: {
        /** @description sent by a reconnecting EventSource; the current state follows at once */
        'Last-Event-ID'?: string;
      };
      path: {
        /** @description run id (run_…) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The event stream */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': string;
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  submitRunEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description run id (run_…) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunEventRequest'];
      };
    };
    responses: {
      /** @description Delivered */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunEventResult'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  rerunRun: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description run id (run_…) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['RunRerunRequest'];
      };
    };
    responses: {
      /** @description The new run */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunSummary'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Understood, but cannot be carried out (e.g. a referenced resource is missing) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  restartRun: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description run id (run_…) */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        'application/json': components['schemas']['RunRestartRequest'];
      };
    };
    responses: {
      /** @description The new run */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunSummary'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Understood, but cannot be carried out (e.g. a referenced resource is missing) */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  terminateRun: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description run id (run_…) */
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RunTerminateRequest'];
      };
    };
    responses: {
      /** @description The terminated run */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RunSummary'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  bulkRerunRuns: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkRunRequest'];
      };
    };
    responses: {
      /** @description One result per source run */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulkRunResult'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A request with this Idempotency-Key is still running */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description This Idempotency-Key was used with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  bulkRestartRuns: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes retries safe: the same key with the same body within 24 h returns the first response again (with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; a retry while the first request still runs is a 409. At most 255 characters. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkRunRequest'];
      };
    };
    responses: {
      /** @description One result per source run */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BulkRunResult'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A request with this Idempotency-Key is still running */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description This Idempotency-Key was used with another request */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  createSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SessionCreateRequest'];
      };
    };
    responses: {
      /** @description The session */
      201: {
        headers: {
          /** @description `trb_session=<token>; HttpOnly; SameSite=Lax; Path=/` (and `Secure` when PUBLIC_URL is https) */
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid credential */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getCurrentSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  deleteCurrentSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Signed out */
      204: {
        headers: {
          /** @description `trb_session=<token>; HttpOnly; SameSite=Lax; Path=/` (and `Secure` when PUBLIC_URL is https) */
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getSetupStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Whether setup is required */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SetupStatus'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  setUpFirstAdmin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetupRequest'];
      };
    };
    responses: {
      /** @description The new session of the new admin */
      201: {
        headers: {
          /** @description `trb_session=<token>; HttpOnly; SameSite=Lax; Path=/` (and `Secure` when PUBLIC_URL is https) */
          'Set-Cookie'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  listTriggers: {
    parameters: {
      query?: {
        /** @description `next_cursor` of the previous page */
        cursor?: string;
        /** @description only this flow’s triggers */
        flowId?: string;
        /** @description only triggers of this kind */
        kind?: 'webhook' | 'manual' | 'schedule' | 'poll' | 'subscription';
        /** @description page size, 1–100 */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of triggers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TriggerList'];
        };
      };
      /** @description Invalid request; `errors` lists every invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  getTrigger: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trigger */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trigger'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:read` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  disableTrigger: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trigger */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trigger'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  enableTrigger: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trigger */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trigger'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  fireSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trigger */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trigger'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `runs:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  pauseSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trigger */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trigger'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
  resumeSchedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The trigger */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Trigger'];
        };
      };
      /** @description No valid API key or session */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description The credential lacks the `flows:write` scope */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Not found */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Conflict with the current state */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Rate limit exceeded; see `Retry-After` */
      429: {
        headers: {
          /** @description seconds to wait */
          'Retry-After'?: number;
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description Unexpected error */
      500: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
      /** @description A dependency (database, Temporal) is unavailable */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDetails'];
        };
      };
    };
  };
}
