import { defineConnector, type AnyAction, type Connector } from '@tributary/connector-sdk';
import { vi } from 'vitest';
import connector from '../src/index';

/**
 * The transform connector with one action's `run` wrapped in a spy, to show
 * that invalid input never reaches it (the real actions are frozen).
 */
export function connectorWithSpiedRun(name: keyof typeof connector.actions) {
  const action: AnyAction = connector.actions[name];
  const run = vi.fn(action.run);
  const spied: Connector = defineConnector({ ...connector, actions: { [name]: { ...action, run } } });
  return { connector: spied, run };
}
