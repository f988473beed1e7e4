import type { z } from 'zod';
import type { ConnectionHandle } from './connection-handle';
import type { ConnectorLogger } from './connector-logger';
import { InvalidDefinitionError } from './errors';

/** Action names are identifiers in flow files: `request`, `createOrder`, `send_message`. */
export const ACTION_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** What an action's `run` receives besides its input. */
export interface ActionContext<TAuth> {
  /** the connection's secrets, already validated against the connector's auth schema */
  readonly auth: TAuth;
  /** redacts the connection's secrets; safe to log anything through it */
  readonly logger: ConnectorLogger;
  /** stable across retries of the same step in the same run: forward it to APIs that deduplicate writes */
  readonly idempotencyKey: string;
  /** aborted when the run is cancelled or the activity times out */
  readonly signal?: AbortSignal;
  /**
   * Records how far a long action got (any JSON value, e.g. the next page's
   * cursor). Under Temporal it is the activity heartbeat: it proves the action
   * is alive, delivers cancellation, and is handed to the next attempt as
   * `resumeFrom` if this one crashes. A no-op outside Temporal. Temporal
   * throttles heartbeats, so the next attempt may resume a little behind the
   * last call: make the work after a position safe to repeat.
   */
  heartbeat(progress?: unknown): void;
  /**
   * The progress the previous attempt last heartbeated, `undefined` on a first
   * attempt (or when no attempt heartbeated): continue from there.
   */
  readonly resumeFrom: unknown;
  /**
   * Resolves when the connection's rate limit lets one more request to the
   * system go out; call it right before each request (the SDK's HTTP client
   * does, per attempt, when given it as `throttle`). The worker backs it with a
   * token bucket shared by every worker process; it resolves at once when the
   * connection has no limit, and outside the worker. It may throw a
   * `RateLimitedError` when the wait would be long, so Temporal retries later.
   */
  throttle(): Promise<void>;
  /**
   * The stored connection, to write back what the action learns (a refreshed
   * OAuth2 token) under a lock on the connection. In the worker it is the
   * database row; outside it, an in-memory copy of `auth`.
   */
  readonly connection: ConnectionHandle;
}

/** An action as declared: its schemas are the single source of its types, checks and manifest. */
export interface Action<TAuth, TInput extends z.ZodType, TOutput extends z.ZodType> {
  readonly kind: 'action';
  readonly name: string;
  readonly displayName: string;
  readonly description?: string;
  readonly input: TInput;
  readonly output: TOutput;
  /** receives parsed input; may return the output schema's input form (defaults still to apply) */
  readonly run: (ctx: ActionContext<TAuth>, input: z.output<TInput>) => Promise<z.input<TOutput>>;
}

// `any` keeps `run` assignable whatever its parameter types; typed code never sees it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAction = Action<any, any, any>;

export interface ActionDefinition<TAuthSchema extends z.ZodType, TInput extends z.ZodType, TOutput extends z.ZodType> {
  name: string;
  displayName: string;
  description?: string;
  /**
   * The connector's auth schema (the one exported from its `auth.ts`). It only
   * types `ctx.auth`; leave it out when the action does not use the connection.
   */
  auth?: TAuthSchema;
  input: TInput;
  output: TOutput;
  run: (ctx: ActionContext<z.output<TAuthSchema>>, input: z.output<TInput>) => Promise<z.input<TOutput>>;
}

/**
 * Declares an action; `input`, `output` and `ctx.auth` are typed from the zod schemas, no casts needed.
 *
 * @example
 * export const createOrder = defineAction({
 *   name: 'createOrder',
 *   displayName: 'Create order',
 *   auth: ErpAuth,
 *   input: z.object({ sku: z.string(), quantity: z.number().int().positive() }),
 *   output: z.object({ orderId: z.string() }),
 *   async run(ctx, input) {
 *     ctx.logger.info('creating order', { sku: input.sku });
 *     return { orderId: await erp(ctx.auth).createOrder(input, ctx.idempotencyKey) };
 *   },
 * });
 */
export function defineAction<
  TInput extends z.ZodType,
  TOutput extends z.ZodType,
  TAuthSchema extends z.ZodType = z.ZodUnknown,
>(definition: ActionDefinition<TAuthSchema, TInput, TOutput>): Action<z.output<TAuthSchema>, TInput, TOutput> {
  const { name, displayName, description, input, output, run } = definition;
  if (!ACTION_NAME_PATTERN.test(name)) {
    throw new InvalidDefinitionError(
      `Action name "${name}" must start with a letter and use letters, digits or _ (max 64)`,
    );
  }
  if (displayName.trim() === '') throw new InvalidDefinitionError(`Action "${name}" needs a displayName`);
  return Object.freeze({
    kind: 'action',
    name,
    displayName,
    ...(description === undefined ? {} : { description }),
    input,
    output,
    run,
  });
}

/** The input a caller passes to an action (before defaults apply). */
export type ActionInputOf<A> = A extends Action<infer _Auth, infer TInput, infer _Output> ? z.input<TInput> : never;

/** What an action's execution resolves to (after the output schema applied). */
export type ActionOutputOf<A> = A extends Action<infer _Auth, infer _Input, infer TOutput> ? z.output<TOutput> : never;
