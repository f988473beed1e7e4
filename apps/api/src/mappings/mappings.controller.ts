import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import type { FieldMappingDefinition } from '@tributary/workflows/mappings/index';
import type { ListPage } from '../pagination/list-page';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { MappingPreviewService } from './mapping-preview.service';
import { MappingWritePipe } from './mapping-write.pipe';
import { MappingsService } from './mappings.service';
import {
  InferSchemaRequest,
  MappingCreateEnvelope,
  MappingListQuery,
  MappingPreviewEnvelope,
  MappingVersionEnvelope,
  MappingVersionPathParams,
  type MappingCreateRequest,
  type MappingPreviewResponse,
  type MappingResource,
  type MappingVersionResource,
} from './mappings.schemas';
import { RequireScope } from '../auth/route-access.decorator';
import { Idempotent } from '../idempotency/idempotent.decorator';

@Controller('v1/mappings')
export class MappingsController {
  constructor(
    @Inject(MappingsService) private readonly mappings: MappingsService,
    @Inject(MappingPreviewService) private readonly workbench: MappingPreviewService,
  ) {}

  @Post()
  @RequireScope('flows:write')
  @Idempotent()
  create(@Body(new MappingWritePipe(MappingCreateEnvelope)) body: MappingCreateRequest): Promise<MappingResource> {
    return this.mappings.create(body);
  }

  @Get()
  @RequireScope('flows:read')
  list(@Query(new ZodValidationPipe(MappingListQuery)) query: MappingListQuery): Promise<ListPage<MappingResource>> {
    return this.mappings.list(query);
  }

  @Post('preview')
  @RequireScope('flows:read')
  @HttpCode(200)
  preview(
    @Body(new MappingWritePipe(MappingPreviewEnvelope))
    body: MappingPreviewEnvelope & { definition: FieldMappingDefinition },
  ): Promise<MappingPreviewResponse> {
    return this.workbench.preview(body);
  }

  @Post('infer-schema')
  @RequireScope('flows:read')
  @HttpCode(200)
  inferSchema(@Body(new ZodValidationPipe(InferSchemaRequest)) body: InferSchemaRequest) {
    return this.workbench.inferSchema(body);
  }

  @Get(':id')
  @RequireScope('flows:read')
  get(@Param('id') id: string): Promise<MappingResource> {
    return this.mappings.get(id);
  }

  @Post(':id/versions')
  @RequireScope('flows:write')
  @Idempotent()
  addVersion(
    @Param('id') id: string,
    @Body(new MappingWritePipe(MappingVersionEnvelope)) body: { definition: FieldMappingDefinition },
  ): Promise<MappingVersionResource> {
    return this.mappings.addVersion(id, body.definition);
  }

  @Get(':id/versions/:version')
  @RequireScope('flows:read')
  getVersion(
    @Param(new ZodValidationPipe(MappingVersionPathParams)) params: MappingVersionPathParams,
  ): Promise<MappingVersionResource> {
    return this.mappings.getVersion(params.id, params.version);
  }
}
