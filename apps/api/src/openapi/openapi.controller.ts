import { Controller, Get, Inject } from '@nestjs/common';
import type { oas31 } from 'zod-openapi';
import { OPENAPI_DOCUMENT } from './openapi-document';
import { Public } from '../auth/route-access.decorator';

@Controller()
export class OpenApiController {
  constructor(@Inject(OPENAPI_DOCUMENT) private readonly document: oas31.OpenAPIObject) {}

  @Get('openapi.json')
  @Public()
  getDocument(): oas31.OpenAPIObject {
    return this.document;
  }
}
