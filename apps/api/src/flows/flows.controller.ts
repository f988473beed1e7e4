import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import type { ListPage } from '../pagination/list-page';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { FlowVersionsService } from './flow-versions.service';
import { FlowWritePipe } from './flow-write.pipe';
import { FlowsService } from './flows.service';
import {
  FlowCreateEnvelope,
  FlowListQuery,
  FlowUpdateEnvelope,
  FlowVersionPathParams,
  type FlowCreateRequest,
  type FlowResource,
  type FlowUpdateRequest,
  type FlowVersionResource,
} from './flows.schemas';

@Controller('v1/flows')
export class FlowsController {
  constructor(
    @Inject(FlowsService) private readonly flows: FlowsService,
    @Inject(FlowVersionsService) private readonly versions: FlowVersionsService,
  ) {}

  @Post()
  create(@Body(new FlowWritePipe(FlowCreateEnvelope)) body: FlowCreateRequest): Promise<FlowResource> {
    return this.flows.create(body);
  }

  @Get()
  list(@Query(new ZodValidationPipe(FlowListQuery)) query: FlowListQuery): Promise<ListPage<FlowResource>> {
    return this.flows.list(query);
  }

  @Get(':idOrSlug')
  get(@Param('idOrSlug') idOrSlug: string): Promise<FlowResource> {
    return this.flows.get(idOrSlug);
  }

  @Put(':idOrSlug')
  update(
    @Param('idOrSlug') idOrSlug: string,
    @Body(new FlowWritePipe(FlowUpdateEnvelope)) body: FlowUpdateRequest,
  ): Promise<FlowResource> {
    return this.flows.updateDraft(idOrSlug, body);
  }

  @Post(':idOrSlug/publish')
  @HttpCode(201)
  publish(@Param('idOrSlug') idOrSlug: string): Promise<FlowVersionResource> {
    return this.versions.publish(idOrSlug);
  }

  @Get(':idOrSlug/versions')
  listVersions(
    @Param('idOrSlug') idOrSlug: string,
    @Query(new ZodValidationPipe(FlowListQuery)) query: FlowListQuery,
  ): Promise<ListPage<FlowVersionResource>> {
    return this.versions.list(idOrSlug, query);
  }

  @Get(':idOrSlug/versions/:version')
  getVersion(
    @Param(new ZodValidationPipe(FlowVersionPathParams)) params: FlowVersionPathParams,
  ): Promise<FlowVersionResource> {
    return this.versions.get(params.idOrSlug, params.version);
  }
}
