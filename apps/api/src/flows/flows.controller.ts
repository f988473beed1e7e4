import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import type { Response } from 'express';
import type { ListPage } from '../pagination/list-page';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { FlowDeletionService } from './flow-deletion.service';
import { FlowExportService, serializeFlowExport } from './flow-export.service';
import { FlowImportService } from './flow-import.service';
import { FlowValidationService } from './flow-validation.service';
import { FlowVersionsService } from './flow-versions.service';
import { FlowWritePipe } from './flow-write.pipe';
import { FlowsService } from './flows.service';
import {
  FlowCreateEnvelope,
  FlowDeleteQuery,
  FlowDiffPathParams,
  FlowListQuery,
  FlowPublishRequest,
  FlowUpdateEnvelope,
  FlowValidateRequest,
  FlowVersionListQuery,
  FlowVersionPathParams,
  type FlowCreateRequest,
  type FlowDeleted,
  type FlowDiff,
  type FlowResource,
  type FlowUpdateRequest,
  type FlowValidationResult,
  type FlowVersionResource,
} from './flows.schemas';
import {
  FlowExportQuery,
  FlowImportEnvelope,
  FlowImportQuery,
  type FlowImportRequest,
  type FlowImportResult,
} from './flow-export.schemas';
import { RequireScope } from '../auth/route-access.decorator';
import { Idempotent } from '../idempotency/idempotent.decorator';

@Controller('v1/flows')
export class FlowsController {
  constructor(
    @Inject(FlowsService) private readonly flows: FlowsService,
    @Inject(FlowVersionsService) private readonly versions: FlowVersionsService,
    @Inject(FlowValidationService) private readonly validation: FlowValidationService,
    @Inject(FlowExportService) private readonly exporter: FlowExportService,
    @Inject(FlowImportService) private readonly importer: FlowImportService,
    @Inject(FlowDeletionService) private readonly deletion: FlowDeletionService,
  ) {}

  @Post()
  @RequireScope('flows:write')
  @Idempotent()
  create(@Body(new FlowWritePipe(FlowCreateEnvelope)) body: FlowCreateRequest): Promise<FlowResource> {
    return this.flows.create(body);
  }

  @Get()
  @RequireScope('flows:read')
  list(@Query(new ZodValidationPipe(FlowListQuery)) query: FlowListQuery): Promise<ListPage<FlowResource>> {
    return this.flows.list(query);
  }

  // There is no `POST /v1/flows/:idOrSlug`, so these cannot shadow a flow whose slug is "validate" or "import".
  @Post('validate')
  @RequireScope('flows:read')
  @HttpCode(200)
  validate(@Body(new ZodValidationPipe(FlowValidateRequest)) body: FlowValidateRequest): Promise<FlowValidationResult> {
    return this.validation.validate(body.definition);
  }

  @Post('import')
  @RequireScope('flows:write')
  @Idempotent()
  async import(
    @Body(new FlowWritePipe(FlowImportEnvelope)) body: FlowImportRequest,
    @Query(new ZodValidationPipe(FlowImportQuery)) query: FlowImportQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<FlowImportResult> {
    const result = await this.importer.import(body, query);
    response.status(result.created ? 201 : 200);
    return result;
  }

  @Get(':idOrSlug')
  @RequireScope('flows:read')
  get(@Param('idOrSlug') idOrSlug: string): Promise<FlowResource> {
    return this.flows.get(idOrSlug);
  }

  @Delete(':idOrSlug')
  @RequireScope('flows:write')
  remove(
    @Param('idOrSlug') idOrSlug: string,
    @Query(new ZodValidationPipe(FlowDeleteQuery)) query: FlowDeleteQuery,
  ): Promise<FlowDeleted> {
    return this.deletion.delete(idOrSlug, query);
  }

  @Put(':idOrSlug')
  @RequireScope('flows:write')
  update(
    @Param('idOrSlug') idOrSlug: string,
    @Body(new FlowWritePipe(FlowUpdateEnvelope)) body: FlowUpdateRequest,
  ): Promise<FlowResource> {
    return this.flows.updateDraft(idOrSlug, body);
  }

  @Post(':idOrSlug/validate')
  @RequireScope('flows:read')
  @HttpCode(200)
  validateDraft(@Param('idOrSlug') idOrSlug: string): Promise<FlowValidationResult> {
    return this.validation.validateDraft(idOrSlug);
  }

  @Post(':idOrSlug/publish')
  @RequireScope('flows:write')
  @Idempotent()
  @HttpCode(201)
  publish(
    @Param('idOrSlug') idOrSlug: string,
    @Body(new ZodValidationPipe(FlowPublishRequest.prefault({}))) body: FlowPublishRequest,
  ): Promise<FlowVersionResource> {
    return this.versions.publish(idOrSlug, body);
  }

  /** A download: `<slug>.flow.json` with stable key order, so committing it to git diffs cleanly. */
  @Get(':idOrSlug/export')
  @RequireScope('flows:read')
  async export(
    @Param('idOrSlug') idOrSlug: string,
    @Query(new ZodValidationPipe(FlowExportQuery)) query: FlowExportQuery,
  ): Promise<StreamableFile> {
    const document = await this.exporter.export(idOrSlug, query.version);
    return new StreamableFile(Buffer.from(serializeFlowExport(document)), {
      type: 'application/json; charset=utf-8',
      disposition: `attachment; filename="${document.slug}.flow.json"`,
    });
  }

  @Get(':idOrSlug/versions')
  @RequireScope('flows:read')
  listVersions(
    @Param('idOrSlug') idOrSlug: string,
    @Query(new ZodValidationPipe(FlowVersionListQuery)) query: FlowVersionListQuery,
  ): Promise<ListPage<FlowVersionResource>> {
    return this.versions.list(idOrSlug, query);
  }

  @Get(':idOrSlug/versions/:version')
  @RequireScope('flows:read')
  getVersion(
    @Param(new ZodValidationPipe(FlowVersionPathParams)) params: FlowVersionPathParams,
  ): Promise<FlowVersionResource> {
    return this.versions.get(params.idOrSlug, params.version);
  }

  @Post(':idOrSlug/versions/:version/rollback')
  @RequireScope('flows:write')
  @Idempotent()
  @HttpCode(201)
  rollback(
    @Param(new ZodValidationPipe(FlowVersionPathParams)) params: FlowVersionPathParams,
    @Body(new ZodValidationPipe(FlowPublishRequest.prefault({}))) body: FlowPublishRequest,
  ): Promise<FlowVersionResource> {
    return this.versions.rollback(params.idOrSlug, params.version, body);
  }

  @Get(':idOrSlug/versions/:from/diff/:to')
  @RequireScope('flows:read')
  diff(@Param(new ZodValidationPipe(FlowDiffPathParams)) params: FlowDiffPathParams): Promise<FlowDiff> {
    return this.versions.diff(params.idOrSlug, params.from, params.to);
  }
}
