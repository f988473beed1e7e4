import { Controller, Get, Inject } from '@nestjs/common';
import type { Liveness, Readiness } from './health.schemas';
import { ReadinessService } from './readiness.service';
import { Public } from '../auth/route-access.decorator';

@Controller()
export class HealthController {
  constructor(@Inject(ReadinessService) private readonly readiness: ReadinessService) {}

  /** Liveness: the process serves HTTP. Never looks at dependencies. */
  @Get('health')
  @Public()
  health(): Liveness {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  ready(): Promise<Readiness> {
    return this.readiness.check();
  }
}
