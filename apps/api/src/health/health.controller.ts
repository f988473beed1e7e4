import { Controller, Get, Inject } from '@nestjs/common';
import type { Liveness, Readiness } from './health.schemas';
import { ReadinessService } from './readiness.service';

@Controller()
export class HealthController {
  constructor(@Inject(ReadinessService) private readonly readiness: ReadinessService) {}

  /** Liveness: the process serves HTTP. Never looks at dependencies. */
  @Get('health')
  health(): Liveness {
    return { status: 'ok' };
  }

  @Get('ready')
  ready(): Promise<Readiness> {
    return this.readiness.check();
  }
}
