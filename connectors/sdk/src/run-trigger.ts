import { type z } from 'zod';
import { silentLogger, type ConnectorLogger } from './connector-logger';
import type { Connector } from './define-connector';
import type { AnyTrigger, PollingTrigger, SubscriptionTrigger, TriggerContext, TriggerEvent } from './define-trigger';
import { InvalidDefinitionError, InvalidInputError, InvalidOutputError, fieldIssues } from './errors';
import { redactingLogger } from './redacting-logger';
import type { SecretRedactor } from './secret-redactor';
import { connectorFailure, validateConnection } from './validated-connection';

/** A crash in trigger code is retried: the platform polls or reconnects again. */
const UNPLANNED = { code: 'TRIGGER_FAILED', retryable: true };

export interface TriggerRunOptions {
  /** the trigger's configuration from the flow */
  input: unknown;
  /** the connection's secrets as stored */
  auth: unknown;
  logger?: ConnectorLogger;
  signal?: AbortSignal;
  heartbeat?: () => void;
  /** see {@link TriggerContext.subscriberId}; default: `tributary-<connector>-<trigger>` */
  subscriberId?: string;
}

export interface PollTriggerResult {
  events: TriggerEvent[];
  cursor: unknown;
  hasMore: boolean;
}

/**
 * One poll of a polling trigger, the way the worker runs it: the connection
 * and the input are validated first, every event's payload after. Errors
 * leave as {@link ConnectorError}s with the connection's secrets removed.
 *
 * @example
 * const { events, cursor } = await pollTrigger(postgres, 'newRows', { input, auth, cursor: undefined });
 */
export async function pollTrigger(
  connector: Connector,
  triggerName: string,
  options: TriggerRunOptions & { cursor: unknown },
): Promise<PollTriggerResult> {
  const trigger = findTrigger(connector, triggerName, 'polling') as PollingTrigger<unknown, z.ZodType, z.ZodType>;
  const { context, input, redactor } = prepare(connector, trigger, options);
  let result;
  try {
    result = await trigger.poll(context, input, { cursor: options.cursor });
  } catch (error) {
    throw connectorFailure(error, context.signal, redactor, UNPLANNED);
  }
  const events = result.events.map((event, index) =>
    parseEvent(connector, trigger, event, redactor, `events[${index}]`),
  );
  return { events, cursor: result.cursor, hasMore: result.hasMore === true };
}

/**
 * Runs a subscription trigger until `signal` aborts: each message reaches
 * `emit` with a validated payload, and the connector acknowledges it only
 * after `emit` resolves. A payload that does not match the trigger's schema
 * fails the subscription (a connector bug, not a message to skip silently).
 *
 * @example
 * await subscribeTrigger(mqtt, 'message', { input: { topic: 'plant/+/temp' }, auth, signal, emit: startRun });
 */
export async function subscribeTrigger(
  connector: Connector,
  triggerName: string,
  options: TriggerRunOptions & { signal: AbortSignal; emit: (event: TriggerEvent) => Promise<void> },
): Promise<void> {
  const trigger = findTrigger(connector, triggerName, 'subscription') as SubscriptionTrigger<
    unknown,
    z.ZodType,
    z.ZodType
  >;
  const { context, input, redactor } = prepare(connector, trigger, options);
  try {
    await trigger.subscribe(context, input, {
      emit: (event) => options.emit(parseEvent(connector, trigger, event, redactor, 'event')),
    });
  } catch (error) {
    throw connectorFailure(error, options.signal, redactor, UNPLANNED);
  }
}

export class UnknownTriggerError extends InvalidDefinitionError {
  constructor(connector: string, trigger: string, known: string[]) {
    super(
      `Connector "${connector}" has no trigger "${trigger}"` +
        (known.length > 0 ? `; it has ${known.map((name) => `"${name}"`).join(', ')}` : '; it has no triggers'),
    );
  }
}

function findTrigger(connector: Connector, name: string, type: AnyTrigger['type']): AnyTrigger {
  const triggers = connector.triggers ?? {};
  const trigger = Object.hasOwn(triggers, name) ? triggers[name] : undefined;
  if (!trigger) throw new UnknownTriggerError(connector.name, name, Object.keys(triggers));
  if (trigger.type !== type) {
    throw new InvalidDefinitionError(`Trigger "${connector.name}.${name}" is a ${trigger.type} trigger, not ${type}`);
  }
  return trigger;
}

function prepare(connector: Connector, trigger: AnyTrigger, options: TriggerRunOptions) {
  const { auth, redactor } = validateConnection(connector, options.auth);
  const input = trigger.input.safeParse(options.input);
  if (!input.success) {
    throw new InvalidInputError(
      `Invalid configuration for trigger ${connector.name}.${trigger.name}`,
      fieldIssues(input.error),
    ).redactSecrets(redactor);
  }
  const context: TriggerContext<unknown> = {
    auth,
    logger: redactingLogger(options.logger ?? silentLogger, redactor),
    signal: options.signal ?? new AbortController().signal,
    heartbeat: options.heartbeat ?? (() => {}),
    subscriberId: options.subscriberId ?? `tributary-${connector.name}-${trigger.name}`,
  };
  return { context, input: input.data, redactor };
}

function parseEvent(
  connector: Connector,
  trigger: AnyTrigger,
  event: TriggerEvent,
  redactor: SecretRedactor,
  where: string,
): TriggerEvent {
  const payload = (trigger.payload as z.ZodType).safeParse(event.payload);
  if (!payload.success) {
    throw new InvalidOutputError(
      `${connector.name}.${trigger.name} produced an event (${where}) whose payload does not match its schema`,
      fieldIssues(payload.error),
    ).redactSecrets(redactor);
  }
  if (event.id !== undefined && (typeof event.id !== 'string' || event.id === '')) {
    throw new InvalidOutputError(`${connector.name}.${trigger.name} produced an event (${where}) without a usable id`, [
      { path: 'id', message: 'must be a non-empty string or left out' },
    ]);
  }
  return event.id === undefined ? { payload: payload.data } : { id: event.id, payload: payload.data };
}
