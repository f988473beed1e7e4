import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { buildOpenApiDocument, OPENAPI_DOCUMENT } from './openapi-document';
import { OpenApiController } from './openapi.controller';

@Module({
  controllers: [OpenApiController],
  providers: [
    {
      provide: OPENAPI_DOCUMENT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => buildOpenApiDocument(config),
    },
  ],
  exports: [OPENAPI_DOCUMENT],
})
export class OpenApiModule {}
