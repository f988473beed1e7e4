// Public surface of @tributary/api: build the config, build the app.
export { createApp, BODY_LIMIT, type CreateAppOptions } from './app.factory';
export { buildAppConfig, InvalidConfigurationError, APP_CONFIG, type AppConfig } from './config/app-config';
export { buildOpenApiDocument } from './openapi/openapi-document';
