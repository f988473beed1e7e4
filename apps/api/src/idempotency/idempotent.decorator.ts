import { SetMetadata } from '@nestjs/common';

export const IDEMPOTENT = 'tributary:idempotent';

/**
 * The route creates or starts something: it honours `Idempotency-Key`
 * (see IdempotencyInterceptor). Only on authenticated routes: keys are
 * scoped to the caller.
 */
export const Idempotent = () => SetMetadata(IDEMPOTENT, true);
