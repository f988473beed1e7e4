import { Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { buildOpenApiDocument, OPENAPI_DOCUMENT } from './openapi-document';
import { OpenApiController } from './openapi.controller';
import { collectRoutes, type RouteDescriptor } from './route-table';

export const ROUTE_TABLE = Symbol('RouteTable');

@Module({
  imports: [DiscoveryModule],
  controllers: [OpenApiController],
  providers: [
    {
      provide: ROUTE_TABLE,
      inject: [DiscoveryService, MetadataScanner, Reflector],
      useFactory: (discovery: DiscoveryService, scanner: MetadataScanner, reflector: Reflector) =>
        collectRoutes(discovery, scanner, reflector),
    },
    {
      provide: OPENAPI_DOCUMENT,
      inject: [APP_CONFIG, ROUTE_TABLE],
      useFactory: (config: AppConfig, routes: RouteDescriptor[]) => buildOpenApiDocument(config, routes),
    },
  ],
  exports: [OPENAPI_DOCUMENT, ROUTE_TABLE],
})
export class OpenApiModule {}
