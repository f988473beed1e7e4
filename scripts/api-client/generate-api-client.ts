import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { DynamicModule, Type } from '@nestjs/common';
import { MetadataScanner, Reflector, type DiscoveryService } from '@nestjs/core';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { AppModule } from '../../apps/api/src/app.module';
import { buildAppConfig } from '../../apps/api/src/config/app-config';
import { buildOpenApiDocument } from '../../apps/api/src/openapi/openapi-document';
import { collectRoutes } from '../../apps/api/src/openapi/route-table';

/** Where the web app's generated API types live (committed, checked for freshness by a test). */
export const API_CLIENT_TYPES_PATH = new URL('../../apps/web/src/api/generated/tributary-api.d.ts', import.meta.url);

const HEADER = `/**
 * Types of the Tributary HTTP API, generated from its OpenAPI document
 * (apps/api/src/openapi/openapi-document.ts) by openapi-typescript.
 * Do not edit by hand: run \`npm run api:client\` after changing the API.
 * scripts/api-client/generate-api-client.spec.ts fails while this file is stale.
 */

`;

/**
 * The source of `tributary-api.d.ts`: the OpenAPI document built from the
 * API's code exactly as the running API serves it (security included),
 * turned into TypeScript by openapi-typescript. Needs no database, Temporal
 * server or running API.
 */
export async function generateApiClientTypes(): Promise<string> {
  const document = buildOpenApiDocument({ publicUrl: 'http://127.0.0.1:3000' }, declaredRoutes());
  // zod-openapi's and openapi-typescript's OpenAPI 3.1 typings differ only in strictness
  const nodes = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  const target = fileURLToPath(API_CLIENT_TYPES_PATH);
  // formatted as the repository's prettier would, so `prettier --check .` passes on the committed file
  const options = (await prettier.resolveConfig(target)) ?? {};
  return prettier.format(`${HEADER}${astToString(nodes)}`, { ...options, filepath: target });
}

/**
 * Every route with its access declaration, read from the controllers'
 * decorators as the running app's route table is, without starting Nest:
 * the modules' `controllers` metadata stands in for Nest's DiscoveryService.
 */
function declaredRoutes() {
  const config = buildAppConfig({
    // never connected to: AppModule.forRoot only needs a config object to declare its providers
    DATABASE_URL: 'postgresql://127.0.0.1:5432/unused',
    CONNECTION_SECRETS_KEY: randomBytes(32).toString('base64'),
  });
  const controllers = controllersOf(AppModule.forRoot(config));
  const discovery = { getControllers: () => controllers.map((metatype) => ({ metatype })) };
  return collectRoutes(discovery as unknown as DiscoveryService, new MetadataScanner(), new Reflector());
}

type ModuleReference = Type<unknown> | DynamicModule | Promise<DynamicModule> | { forwardRef: () => unknown };

function controllersOf(root: ModuleReference, seen = new Set<unknown>()): Type<unknown>[] {
  if (seen.has(root) || root instanceof Promise) return [];
  seen.add(root);
  if ('forwardRef' in root) return controllersOf(root.forwardRef() as ModuleReference, seen);
  const dynamic = 'module' in root ? (root as DynamicModule) : undefined;
  const moduleClass = dynamic ? dynamic.module : (root as Type<unknown>);
  const declared = (Reflect.getMetadata('controllers', moduleClass) ?? []) as Type<unknown>[];
  const imports = [
    ...((Reflect.getMetadata('imports', moduleClass) ?? []) as ModuleReference[]),
    ...((dynamic?.imports ?? []) as ModuleReference[]),
  ];
  return [
    ...declared,
    ...(dynamic?.controllers ?? []),
    ...imports.flatMap((child) => (child ? controllersOf(child, seen) : [])),
  ];
}
