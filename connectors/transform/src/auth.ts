import { z } from 'zod';

/**
 * The transform connector needs no connection: every action works on its
 * input alone. `defineConnector` requires an auth schema, so this one accepts
 * nothing (a step without a connection runs with `{}`).
 */
export const TransformAuth = z.object({}).default({}).meta({ title: 'No connection needed' });
export type TransformAuth = z.output<typeof TransformAuth>;
