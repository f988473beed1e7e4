import { Controller, Get, Inject, Param } from '@nestjs/common';
import type { ListPage } from '../pagination/list-page';
import { ConnectorsService } from './connectors.service';
import type { ConnectorResource, ConnectorSummary, ConnectorVersionResource } from './connectors.schemas';
import { RequireScope } from '../auth/route-access.decorator';

@Controller('v1/connectors')
export class ConnectorsController {
  constructor(@Inject(ConnectorsService) private readonly connectors: ConnectorsService) {}

  @Get()
  @RequireScope('flows:read')
  list(): Promise<ListPage<ConnectorSummary>> {
    return this.connectors.list();
  }

  @Get(':name')
  @RequireScope('flows:read')
  get(@Param('name') name: string): Promise<ConnectorResource> {
    return this.connectors.get(name);
  }

  @Get(':name/versions/:version')
  @RequireScope('flows:read')
  getVersion(@Param('name') name: string, @Param('version') version: string): Promise<ConnectorVersionResource> {
    return this.connectors.getVersion(name, version);
  }
}
