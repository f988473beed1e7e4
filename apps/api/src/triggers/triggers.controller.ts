import { Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { RequireScope } from '../auth/route-access.decorator';
import type { ListPage } from '../pagination/list-page';
import { ZodValidationPipe } from '../validation/zod-validation.pipe';
import { TriggerListQuery, type TriggerResource } from './triggers.schemas';
import { TriggersService } from './triggers.service';

/**
 * Triggers are created by publishing a flow version; here operators see them
 * and switch them on and off without publishing again.
 */
@Controller('v1/triggers')
export class TriggersController {
  constructor(@Inject(TriggersService) private readonly triggers: TriggersService) {}

  @Get()
  @RequireScope('flows:read')
  list(@Query(new ZodValidationPipe(TriggerListQuery)) query: TriggerListQuery): Promise<ListPage<TriggerResource>> {
    return this.triggers.list(query);
  }

  @Get(':id')
  @RequireScope('flows:read')
  get(@Param('id') id: string): Promise<TriggerResource> {
    return this.triggers.get(id);
  }

  @Post(':id/enable')
  @RequireScope('flows:write')
  @HttpCode(200)
  enable(@Param('id') id: string): Promise<TriggerResource> {
    return this.triggers.setEnabled(id, true);
  }

  @Post(':id/disable')
  @RequireScope('flows:write')
  @HttpCode(200)
  disable(@Param('id') id: string): Promise<TriggerResource> {
    return this.triggers.setEnabled(id, false);
  }

  @Post(':id/pause')
  @RequireScope('flows:write')
  @HttpCode(200)
  pause(@Param('id') id: string): Promise<TriggerResource> {
    return this.triggers.setSchedulePaused(id, true);
  }

  @Post(':id/resume')
  @RequireScope('flows:write')
  @HttpCode(200)
  resume(@Param('id') id: string): Promise<TriggerResource> {
    return this.triggers.setSchedulePaused(id, false);
  }

  @Post(':id/fire')
  @RequireScope('runs:write')
  @HttpCode(200)
  fire(@Param('id') id: string): Promise<TriggerResource> {
    return this.triggers.fireNow(id);
  }
}
