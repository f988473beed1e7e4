import { describe, expect, it } from 'vitest';
import { FlowDefinition } from '@tributary/workflows/flow-definition';
import { connectionNames, connectionReferences } from './flow-connection-references';

describe('connectionReferences', () => {
  it('finds trigger auth, nested step and compensation connections with their paths', () => {
    const flow = FlowDefinition.parse({
      schemaVersion: 1,
      trigger: { kind: 'webhook', path: 'in', auth: { scheme: 'hmac', connection: 'hook-secret' } },
      steps: [
        {
          id: 'each',
          kind: 'forEach',
          items: '=$trigger.body',
          steps: [
            {
              id: 'send',
              kind: 'action',
              connector: 'http',
              action: 'request',
              connection: 'erp',
              compensation: { action: 'request', connection: 'erp-admin' },
            },
          ],
        },
        { id: 'plain', kind: 'action', connector: 'http', action: 'request', connection: 'erp' },
      ],
    });
    expect(connectionReferences(flow)).toEqual([
      { name: 'hook-secret', path: ['trigger', 'auth', 'connection'] },
      { name: 'erp', path: ['steps', 0, 'steps', 0, 'connection'] },
      { name: 'erp-admin', path: ['steps', 0, 'steps', 0, 'compensation', 'connection'] },
      { name: 'erp', path: ['steps', 1, 'connection'] },
    ]);
    expect(connectionNames(flow)).toEqual(['erp', 'erp-admin', 'hook-secret']);
  });

  it('finds the connection of a polling trigger', () => {
    const flow = FlowDefinition.parse({
      schemaVersion: 1,
      trigger: { kind: 'poll', connector: 'postgres', trigger: 'newRows', connection: 'warehouse' },
      steps: [{ id: 'a', kind: 'action', connector: 'http', action: 'request' }],
    });
    expect(connectionReferences(flow)).toEqual([{ name: 'warehouse', path: ['trigger', 'connection'] }]);
  });
});
