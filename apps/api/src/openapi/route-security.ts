import type { oas31 } from 'zod-openapi';
import { PROBLEM_CONTENT_TYPE } from '../problem/problem-details';
import type { RouteDescriptor } from './route-table';

export const SECURITY_SCHEMES: Record<string, oas31.SecuritySchemeObject> = {
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description: 'An API key (`trb_…`) as `Authorization: Bearer <key>`. Keys hold scopes; see each operation.',
  },
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'trb_session',
    description:
      'The web-app session cookie from `POST /v1/sessions`. Requests that change state must also send ' +
      '`X-Requested-With` (CSRF protection). The session has the scopes of the user’s role.',
  },
};

const IDEMPOTENCY_KEY_PARAMETER: oas31.ParameterObject = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Makes retries safe: the same key with the same body within 24 h returns the first response again ' +
    '(with `Idempotent-Replayed: true`) instead of acting twice. Another body with the same key is a 422; ' +
    'a retry while the first request still runs is a 409. At most 255 characters.',
  schema: { type: 'string', minLength: 1, maxLength: 255 },
};

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } };

/**
 * Writes each operation's access requirement (from the controllers'
 * decorators) into the document: `security`, `x-required-scope`, the
 * Idempotency-Key header and the 401/403/409/422/429 answers they imply.
 */
export function applyRouteSecurity(document: oas31.OpenAPIObject, routes: readonly RouteDescriptor[]): void {
  document.components = { ...document.components, securitySchemes: SECURITY_SCHEMES };
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, oas31.OperationObject>)) {
      const route = routes.find((entry) => entry.path === path && entry.method === method.toUpperCase());
      if (!route?.access) continue;
      annotate(operation, route);
    }
  }
}

function annotate(operation: oas31.OperationObject, route: RouteDescriptor): void {
  const access = route.access;
  if (!access) return;
  const responses = (operation.responses ??= {});
  if (access.kind === 'public') {
    operation.security = [];
  } else {
    operation.security = [{ apiKey: [] }, { session: [] }];
    responses['401'] ??= { description: 'No valid API key or session', content: problemContent };
    responses['429'] ??= {
      description: 'Rate limit exceeded; see `Retry-After`',
      headers: { 'Retry-After': { description: 'seconds to wait', schema: { type: 'integer' } } },
      content: problemContent,
    };
  }
  if (access.kind === 'scope') {
    (operation as Record<string, unknown>)['x-required-scope'] = access.scope;
    operation.description = `${operation.description ? `${operation.description}\n\n` : ''}Requires the \`${access.scope}\` scope.`;
    responses['403'] ??= { description: `The credential lacks the \`${access.scope}\` scope`, content: problemContent };
  }
  if (route.idempotent) {
    operation.parameters = [...(operation.parameters ?? []), IDEMPOTENCY_KEY_PARAMETER];
    responses['409'] ??= {
      description: 'A request with this Idempotency-Key is still running',
      content: problemContent,
    };
    responses['422'] ??= { description: 'This Idempotency-Key was used with another request', content: problemContent };
  }
}
