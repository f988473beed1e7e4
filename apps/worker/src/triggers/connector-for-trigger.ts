import { ApplicationFailure } from '@temporalio/activity';
import type { Connector } from '@tributary/connector-sdk';
import type { ConnectorCatalog } from '../connectors/connector-catalog';
import type { ConnectorTriggerConfig } from './trigger-source';

/** The loaded connector a trigger names; a connector or trigger this worker lacks is a non-retryable setup error. */
export function connectorForTrigger(catalog: ConnectorCatalog, config: ConnectorTriggerConfig): Connector {
  const connector = catalog.find(config.connector);
  if (!connector) {
    throw ApplicationFailure.create({
      type: 'connector_not_found',
      message: `connector "${config.connector}" is not loaded in this worker`,
      nonRetryable: true,
    });
  }
  const trigger = connector.triggers?.[config.trigger];
  const expected = config.kind === 'poll' ? 'polling' : 'subscription';
  if (!trigger || trigger.type !== expected) {
    throw ApplicationFailure.create({
      type: 'connector_trigger_not_found',
      message: `connector "${connector.name}" has no ${expected} trigger "${config.trigger}"`,
      nonRetryable: true,
    });
  }
  return connector;
}
