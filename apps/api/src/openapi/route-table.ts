import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ROUTE_ACCESS, type RouteAccess } from '../auth/route-access.decorator';
import { IDEMPOTENT } from '../idempotency/idempotent.decorator';

/** One route of the running app, as its controller declares it. */
export interface RouteDescriptor {
  /** upper case, e.g. "POST" */
  method: string;
  /** OpenAPI style: `/v1/flows/{idOrSlug}` */
  path: string;
  access: RouteAccess | undefined;
  idempotent: boolean;
}

/**
 * Every controller route with its access declaration, read from the
 * decorators: the one source the OpenAPI `security` of each operation is
 * derived from, and what the route-coverage test checks.
 */
export function collectRoutes(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
): RouteDescriptor[] {
  const routes: RouteDescriptor[] = [];
  for (const wrapper of discovery.getControllers()) {
    // the class, not the instance: this runs while instances are still being created
    const metatype = wrapper.metatype as (abstract new (...args: never[]) => unknown) | null | undefined;
    if (!metatype) continue;
    const prototype = metatype.prototype as Record<string, unknown>;
    const controllerPaths = asArray(Reflect.getMetadata(PATH_METADATA, metatype) as string | string[] | undefined);
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      if (typeof handler !== 'function') continue;
      const methodPaths = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (methodPaths === undefined) continue; // not a route handler
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const access =
        reflector.get<RouteAccess | undefined>(ROUTE_ACCESS, handler) ??
        reflector.get<RouteAccess | undefined>(ROUTE_ACCESS, metatype);
      const idempotent = reflector.get<boolean | undefined>(IDEMPOTENT, handler) === true;
      for (const base of controllerPaths) {
        for (const sub of asArray(methodPaths)) {
          routes.push({ method, path: toOpenApiPath(`/${base}/${sub}`), access, idempotent });
        }
      }
    }
  }
  return routes;
}

/** `/v1/flows/:idOrSlug` → `/v1/flows/{idOrSlug}`; `/hooks/*path` → `/hooks/{path}`. */
export function toOpenApiPath(expressPath: string): string {
  const normalized = expressPath.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
  return normalized.replace(/[:*]([A-Za-z0-9_]+)/g, '{$1}');
}

function asArray(value: string | string[] | undefined): string[] {
  if (value === undefined) return [''];
  return Array.isArray(value) ? value : [value];
}
