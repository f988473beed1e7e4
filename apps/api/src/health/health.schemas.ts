import { z } from 'zod';
import 'zod-openapi';

export const DependencyCheck = z
  .object({
    status: z.enum(['up', 'down']),
    reason: z.string().optional().meta({ description: 'why a dependency is down' }),
  })
  .meta({ id: 'DependencyCheck' });
export type DependencyCheck = z.output<typeof DependencyCheck>;

export const ReadinessChecks = z.object({ database: DependencyCheck, temporal: DependencyCheck });
export type ReadinessChecks = z.output<typeof ReadinessChecks>;

export const Liveness = z.object({ status: z.literal('ok') }).meta({ id: 'Liveness' });
export type Liveness = z.output<typeof Liveness>;

export const Readiness = z.object({ status: z.literal('ready'), checks: ReadinessChecks }).meta({ id: 'Readiness' });
export type Readiness = z.output<typeof Readiness>;
