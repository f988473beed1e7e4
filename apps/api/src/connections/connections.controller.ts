import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import type { ListPage } from '../pagination/list-page';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { ConnectionOAuth2Service } from './connection-oauth2.service';
import { ConnectionTestService } from './connection-test.service';
import { ConnectionsService } from './connections.service';
import {
  ConnectionCreateRequest,
  ConnectionDeleteQuery,
  ConnectionListQuery,
  ConnectionUpdateQuery,
  ConnectionUpdateRequest,
  type ConnectionResource,
  type ConnectionTestResult,
  type DeletedConnection,
  type OAuth2AuthorizationResource,
} from './connections.schemas';
import { RequireScope } from '../auth/route-access.decorator';
import { Idempotent } from '../idempotency/idempotent.decorator';

@Controller('v1/connections')
export class ConnectionsController {
  constructor(
    @Inject(ConnectionsService) private readonly connections: ConnectionsService,
    @Inject(ConnectionTestService) private readonly tests: ConnectionTestService,
    @Inject(ConnectionOAuth2Service) private readonly oauth2: ConnectionOAuth2Service,
  ) {}

  @Post()
  @RequireScope('connections:write')
  @Idempotent()
  create(
    @Body(new ZodValidationPipe(ConnectionCreateRequest)) body: ConnectionCreateRequest,
  ): Promise<ConnectionResource> {
    return this.connections.create(body);
  }

  @Get()
  @RequireScope('flows:read')
  list(
    @Query(new ZodValidationPipe(ConnectionListQuery)) query: ConnectionListQuery,
  ): Promise<ListPage<ConnectionResource>> {
    return this.connections.list(query);
  }

  @Get(':idOrName')
  @RequireScope('flows:read')
  get(@Param('idOrName') idOrName: string): Promise<ConnectionResource> {
    return this.connections.get(idOrName);
  }

  @Patch(':idOrName')
  @RequireScope('connections:write')
  update(
    @Param('idOrName') idOrName: string,
    @Body(new ZodValidationPipe(ConnectionUpdateRequest)) body: ConnectionUpdateRequest,
    @Query(new ZodValidationPipe(ConnectionUpdateQuery)) query: ConnectionUpdateQuery,
  ): Promise<ConnectionResource> {
    return this.connections.update(idOrName, body, { force: query.force });
  }

  @Delete(':idOrName')
  @RequireScope('connections:write')
  delete(
    @Param('idOrName') idOrName: string,
    @Query(new ZodValidationPipe(ConnectionDeleteQuery)) query: ConnectionDeleteQuery,
  ): Promise<DeletedConnection> {
    return this.connections.delete(idOrName, { force: query.force });
  }

  /** 200 whatever the verdict: a failed check is an answer, not an error of this request. */
  @Post(':idOrName/test')
  @HttpCode(200)
  @RequireScope('connections:write')
  test(@Param('idOrName') idOrName: string): Promise<ConnectionTestResult> {
    return this.tests.test(idOrName);
  }

  @Post(':idOrName/oauth2/authorize')
  @RequireScope('connections:write')
  @Idempotent()
  authorize(@Param('idOrName') idOrName: string): Promise<OAuth2AuthorizationResource> {
    return this.oauth2.authorize(idOrName);
  }
}
