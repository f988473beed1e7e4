import { SetMetadata } from '@nestjs/common';
import type { Scope } from './scopes';

/**
 * What a route demands of its caller. Every route declares one; the access
 * guard refuses a route that declares none, so forgetting fails closed.
 */
export type RouteAccess =
  | { kind: 'public' }
  /** any signed-in caller (API key or session), whatever its scopes */
  | { kind: 'authenticated' }
  | { kind: 'scope'; scope: Scope };

export const ROUTE_ACCESS = 'tributary:route-access';

/** No credential needed: health, the OpenAPI document, webhooks (which authenticate per trigger), sign-in. */
export const Public = () => SetMetadata(ROUTE_ACCESS, { kind: 'public' } satisfies RouteAccess);

/** A valid credential of any scope. */
export const RequireAuthentication = () => SetMetadata(ROUTE_ACCESS, { kind: 'authenticated' } satisfies RouteAccess);

/** A credential holding `scope` (or one implying it, see `grantsScope`). */
export const RequireScope = (scope: Scope) => SetMetadata(ROUTE_ACCESS, { kind: 'scope', scope } satisfies RouteAccess);
