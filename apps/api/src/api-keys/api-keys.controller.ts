import { Body, Controller, Delete, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import type { Principal } from '../auth/principal';
import { RequireScope } from '../auth/route-access.decorator';
import { Idempotent } from '../idempotency/idempotent.decorator';
import type { ListPage } from '../pagination/list-page';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyCreateRequest, ApiKeyListQuery, type ApiKeyResource, type ApiKeyWithSecret } from './api-keys.schemas';

@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(@Inject(ApiKeysService) private readonly keys: ApiKeysService) {}

  @Post()
  @RequireScope('admin')
  @Idempotent()
  create(
    @CurrentPrincipal() caller: Principal,
    @Body(new ZodValidationPipe(ApiKeyCreateRequest)) body: ApiKeyCreateRequest,
  ): Promise<ApiKeyWithSecret> {
    return this.keys.create(caller, body);
  }

  @Get()
  @RequireScope('admin')
  list(@Query(new ZodValidationPipe(ApiKeyListQuery)) query: ApiKeyListQuery): Promise<ListPage<ApiKeyResource>> {
    return this.keys.list(query);
  }

  @Get(':id')
  @RequireScope('admin')
  get(@Param('id') id: string): Promise<ApiKeyResource> {
    return this.keys.get(id);
  }

  @Delete(':id')
  @RequireScope('admin')
  revoke(@Param('id') id: string): Promise<ApiKeyResource> {
    return this.keys.revoke(id);
  }
}
