import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { Logger } from 'pino';
import { AppModule } from './app.module';
import { withRequestContext } from './auth/principal';
import type { AppConfig } from './config/app-config';
import { createAppLogger } from './logging/app-logger';
import { PinoNestLogger } from './logging/pino-nest-logger';
import { requestLogger } from './logging/request-logger.middleware';
import { OPENAPI_DOCUMENT } from './openapi/openapi-document';
import { translateBodyParserErrors } from './problem/body-parser-errors';
import { ProblemExceptionFilter } from './problem/problem-exception.filter';

/** Largest request body accepted, webhooks included. */
export const BODY_LIMIT = '1mb';

export interface CreateAppOptions {
  /** defaults to a pino logger at `config.logLevel` */
  logger?: Logger;
}

/**
 * Builds the API application, ready for `listen()`. Used by `main.ts` and by
 * the integration tests, so both run exactly the same wiring.
 *
 * @example
 * const app = await createApp(buildAppConfig(process.env));
 * await app.listen(config.port, config.host);
 */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestExpressApplication> {
  const logger = options.logger ?? createAppLogger(config.logLevel);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    // our own parsers below, so their errors become problem documents
    bodyParser: false,
    // keeps each request's bytes as `req.rawBody`: webhook signatures are computed over them
    rawBody: true,
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.use(requestLogger(logger));
  app.useBodyParser('json', { limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: false });
  // webhooks may send XML or plain text; the run sees it as a string
  app.useBodyParser('text', { limit: BODY_LIMIT, type: ['text/*', 'application/xml'] });
  app.use(translateBodyParserErrors);
  app.use(withRequestContext);
  app.useGlobalFilters(new ProblemExceptionFilter(logger));
  // The UI shows our zod-generated document; @nestjs/swagger only serves the page.
  SwaggerModule.setup('docs', app, app.get<OpenAPIObject>(OPENAPI_DOCUMENT), {
    raw: false,
    customSiteTitle: 'Tributary API',
  });
  return app;
}
