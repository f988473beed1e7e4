import { Body, Controller, Delete, Get, Inject, Param, Post, Query } from '@nestjs/common';
import type { ListPage } from '../pagination/list-page';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { ConnectionsService } from './connections.service';
import {
  ConnectionCreateRequest,
  ConnectionListQuery,
  type ConnectionResource,
  type DeletedConnection,
} from './connections.schemas';

@Controller('v1/connections')
export class ConnectionsController {
  constructor(@Inject(ConnectionsService) private readonly connections: ConnectionsService) {}

  @Post()
  create(
    @Body(new ZodValidationPipe(ConnectionCreateRequest)) body: ConnectionCreateRequest,
  ): Promise<ConnectionResource> {
    return this.connections.create(body);
  }

  @Get()
  list(
    @Query(new ZodValidationPipe(ConnectionListQuery)) query: ConnectionListQuery,
  ): Promise<ListPage<ConnectionResource>> {
    return this.connections.list(query);
  }

  @Get(':idOrName')
  get(@Param('idOrName') idOrName: string): Promise<ConnectionResource> {
    return this.connections.get(idOrName);
  }

  @Delete(':idOrName')
  delete(@Param('idOrName') idOrName: string): Promise<DeletedConnection> {
    return this.connections.delete(idOrName);
  }
}
