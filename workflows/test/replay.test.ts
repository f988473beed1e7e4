import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker, bundleWorkflowCode } from '@temporalio/worker';
import { beforeAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const historiesDir = new URL('./histories/', import.meta.url);
const histories = readdirSync(historiesDir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({
    name: file.replace(/\.json$/, ''),
    history: JSON.parse(readFileSync(new URL(file, historiesDir), 'utf8')),
  }));

/**
 * Histories recorded from real runs (RECORD_HISTORIES=1 npm test) must replay
 * through today's interpreter without a determinism violation; otherwise a
 * deploy would break every run in flight. A behaviour change needs `patched()`.
 */
describe('runFlow replays recorded histories', () => {
  let workflowBundle: Awaited<ReturnType<typeof bundleWorkflowCode>>;
  beforeAll(async () => {
    workflowBundle = await bundleWorkflowCode({
      workflowsPath: require.resolve('../src/index.ts'),
      logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error() {} },
    });
  });

  it('has recorded histories to replay', () => {
    expect(histories.length).toBeGreaterThanOrEqual(3);
  });

  it.each(histories)('replays "$name" deterministically', async ({ name, history }) => {
    await expect(Worker.runReplayHistory({ workflowBundle }, history, name)).resolves.toBeUndefined();
  });
});
