import type { z } from 'zod';
import type { ConnectorLogger } from './connector-logger';
import { ACTION_NAME_PATTERN } from './define-action';
import { InvalidDefinitionError } from './errors';

/**
 * Triggers start runs from events in a connected system. Two kinds run
 * inside the worker:
 *
 * - `polling`: the platform calls `poll` on an interval with the cursor the
 *   previous poll returned. It stores the new cursor only after every event
 *   of the poll has started its run, and every event has an `id`, so a crash
 *   anywhere in between repeats the poll and its already-started events are
 *   recognised: each event starts exactly one run.
 * - `subscription`: `subscribe` holds a long-lived consumer (an MQTT
 *   subscription, an AMQP queue) and hands each message to `emit`. `emit`
 *   resolves once the message's run has started: acknowledge the message to
 *   the broker only then (at-least-once), and keep no more unacknowledged
 *   messages in flight than the broker's window (back-pressure). An `id` per
 *   event lets the platform drop redeliveries.
 *
 * Webhooks and schedules need no connector code: the API receives webhooks
 * (with signature verification) and Temporal Schedules fire schedules.
 */

/** One thing that happened, which becomes one run's `$trigger`. */
export interface TriggerEvent<TPayload = unknown> {
  /**
   * Identifies the event within this trigger: a row's key and version, a
   * message id. Events with an id already seen are not started again. Leave
   * it out only when the payload itself identifies the event (the platform
   * then uses a hash of the payload).
   */
  id?: string;
  payload: TPayload;
}

export interface TriggerContext<TAuth> {
  readonly auth: TAuth;
  /** redacts the connection's secrets */
  readonly logger: ConnectorLogger;
  /** aborted when the trigger is disabled or the worker shuts down */
  readonly signal: AbortSignal;
  /** proves a long-running `subscribe` is alive; the platform calls it too while events flow */
  heartbeat(): void;
  /**
   * Stable for this trigger across restarts and workers: use it where the
   * broker remembers a consumer (an MQTT client id with a persistent session,
   * a durable queue name), so messages that arrive while no worker listens
   * wait for the next one.
   */
  readonly subscriberId: string;
}

export interface PollResult<TPayload> {
  events: TriggerEvent<TPayload>[];
  /** handed to the next poll; any JSON value (a timestamp, a last id, a page token) */
  cursor: unknown;
  /** more events are ready now: poll again without waiting for the interval */
  hasMore?: boolean;
}

export interface PollRequest {
  /** the previous poll's cursor; `undefined` on the very first poll */
  cursor: unknown;
}

export interface SubscriptionHandle<TPayload> {
  /** starts the event's run; resolves when it is durably started (or recognised as a duplicate) */
  emit(event: TriggerEvent<TPayload>): Promise<void>;
}

interface TriggerBase<TInput extends z.ZodType, TPayload extends z.ZodType> {
  readonly kind: 'trigger';
  readonly name: string;
  readonly displayName: string;
  readonly description?: string;
  /** what the flow's trigger configures (topic, table, …) */
  readonly input: TInput;
  /** the shape of each event's payload, i.e. of `$trigger` in the flow */
  readonly payload: TPayload;
}

export interface PollingTrigger<TAuth, TInput extends z.ZodType, TPayload extends z.ZodType> extends TriggerBase<
  TInput,
  TPayload
> {
  readonly type: 'polling';
  readonly poll: (
    ctx: TriggerContext<TAuth>,
    input: z.output<TInput>,
    request: PollRequest,
  ) => Promise<PollResult<z.input<TPayload>>>;
}

export interface SubscriptionTrigger<TAuth, TInput extends z.ZodType, TPayload extends z.ZodType> extends TriggerBase<
  TInput,
  TPayload
> {
  readonly type: 'subscription';
  /** runs until `ctx.signal` aborts (resolve then) or the consumer fails (reject; the platform reconnects) */
  readonly subscribe: (
    ctx: TriggerContext<TAuth>,
    input: z.output<TInput>,
    handle: SubscriptionHandle<z.input<TPayload>>,
  ) => Promise<void>;
}

export type Trigger<TAuth, TInput extends z.ZodType, TPayload extends z.ZodType> =
  PollingTrigger<TAuth, TInput, TPayload> | SubscriptionTrigger<TAuth, TInput, TPayload>;

// `any` keeps the functions assignable whatever their parameter types; typed code never sees it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTrigger = Trigger<any, any, any>;

interface TriggerDefinitionBase<TAuthSchema extends z.ZodType, TInput extends z.ZodType, TPayload extends z.ZodType> {
  name: string;
  displayName: string;
  description?: string;
  /** the connector's auth schema; only types `ctx.auth` */
  auth?: TAuthSchema;
  input: TInput;
  payload: TPayload;
}

export type TriggerDefinition<TAuthSchema extends z.ZodType, TInput extends z.ZodType, TPayload extends z.ZodType> =
  | (TriggerDefinitionBase<TAuthSchema, TInput, TPayload> & {
      type: 'polling';
      poll: PollingTrigger<z.output<TAuthSchema>, TInput, TPayload>['poll'];
    })
  | (TriggerDefinitionBase<TAuthSchema, TInput, TPayload> & {
      type: 'subscription';
      subscribe: SubscriptionTrigger<z.output<TAuthSchema>, TInput, TPayload>['subscribe'];
    });

/**
 * Declares a polling or subscription trigger; `input`, `payload` and
 * `ctx.auth` are typed from the zod schemas.
 *
 * @example
 * export const newRows = defineTrigger({
 *   type: 'polling',
 *   name: 'newRows',
 *   displayName: 'New or changed rows',
 *   auth: PostgresAuth,
 *   input: z.object({ table: z.string(), cursorColumn: z.string() }),
 *   payload: z.record(z.string(), z.unknown()),
 *   async poll(ctx, input, { cursor }) {
 *     const rows = await selectAfter(ctx.auth, input, cursor);
 *     return { events: rows.map((row) => ({ id: String(row.id), payload: row })), cursor: rows.at(-1)?.id ?? cursor };
 *   },
 * });
 */
export function defineTrigger<
  TInput extends z.ZodType,
  TPayload extends z.ZodType,
  TAuthSchema extends z.ZodType = z.ZodUnknown,
>(definition: TriggerDefinition<TAuthSchema, TInput, TPayload>): Trigger<z.output<TAuthSchema>, TInput, TPayload> {
  const { name, displayName, description, input, payload } = definition;
  if (!ACTION_NAME_PATTERN.test(name)) {
    throw new InvalidDefinitionError(
      `Trigger name "${name}" must start with a letter and use letters, digits or _ (max 64)`,
    );
  }
  if (displayName.trim() === '') throw new InvalidDefinitionError(`Trigger "${name}" needs a displayName`);
  const common = {
    kind: 'trigger' as const,
    name,
    displayName,
    ...(description === undefined ? {} : { description }),
    input,
    payload,
  };
  if (definition.type === 'polling') {
    return Object.freeze({ ...common, type: 'polling' as const, poll: definition.poll });
  }
  if (definition.type === 'subscription') {
    return Object.freeze({ ...common, type: 'subscription' as const, subscribe: definition.subscribe });
  }
  throw new InvalidDefinitionError(
    `Trigger "${name}" has type "${(definition as { type: unknown }).type}"; use "polling" or "subscription"`,
  );
}
