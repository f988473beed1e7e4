/**
 * Flow editor canvas layout: how long elk's layered layout of the canvas
 * (`layoutFlowCanvas`, the function the editor runs whenever a flow's
 * structure changes) takes for generated flows of 20, 50, 200 and 500
 * steps. Every tenth step is a block — an if/else, a switch, a forEach or a
 * parallel — with steps inside, so regions nest the way real flows do.
 * Sizes are interleaved; the table shows the median and best time and the
 * ratio to the 20-step baseline (linear growth would be 2.5×, 10×, 25×).
 *
 *   npx tsx bench/canvas-layout.bench.ts [repetitions=7]
 */
import os from 'node:os';
import type { FlowDefinition, FlowStep } from '@tributary/workflows/flow-definition';
import { buildCanvasGraph } from '../apps/web/src/features/flow-canvas/canvas-graph';
import { layoutFlowCanvas } from '../apps/web/src/features/flow-canvas/canvas-layout';

const repetitions = Number(process.argv[2] ?? 7);
const sizes = [20, 50, 200, 500];

async function main() {
  const flows = sizes.map((size) => ({ size, definition: generateFlow(size) }));
  for (const flow of flows) {
    const counted = countSteps(flow.definition.steps);
    if (counted !== flow.size) throw new Error(`generated ${counted} steps, wanted ${flow.size}`);
  }
  for (let round = 0; round < 2; round += 1) for (const flow of flows) await layoutFlowCanvas(flow.definition);

  const timings = new Map<number, number[]>(sizes.map((size) => [size, []]));
  for (let round = 0; round < repetitions; round += 1) {
    for (const flow of flows) {
      const start = performance.now();
      await layoutFlowCanvas(flow.definition);
      timings.get(flow.size)!.push(performance.now() - start);
    }
  }

  const rows = flows.map((flow) => {
    const sorted = [...timings.get(flow.size)!].sort((a, b) => a - b);
    const graph = buildCanvasGraph(flow.definition);
    return { ...flow, nodes: graph.nodes.length, median: sorted[Math.floor(sorted.length / 2)]!, best: sorted[0]! };
  });
  const baseline = rows[0]!;
  const [load1] = os.loadavg();
  console.log(
    `\nCanvas layout (elk layered, top-down, nested regions), ${repetitions} interleaved repetitions after 2 warm-up rounds` +
      `\nNode ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, load average ${load1?.toFixed(2)}\n`,
  );
  console.log('| steps | canvas nodes | ms (median) | ms (best) | µs/step | vs 20 steps |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(
      `| ${row.size} | ${row.nodes} | ${row.median.toFixed(1)} | ${row.best.toFixed(1)} | ${((row.median * 1000) / row.size).toFixed(0)} | ${(
        row.median / baseline.median
      ).toFixed(2)}× |`,
    );
  }
  console.log('\nvs 20 steps: median layout time relative to the 20-step flow (linear would be size / 20).');
}

/** `count` steps in all; every tenth top-level position is a block holding a few of them. */
function generateFlow(count: number): FlowDefinition {
  let made = 0;
  const leaf = (): FlowStep => {
    made += 1;
    return {
      id: `step${made}`,
      kind: 'action',
      connector: 'http',
      action: 'request',
      input: { url: `=$trigger.body.url & "/${made}"` },
    };
  };
  const leaves = (n: number) => Array.from({ length: n }, leaf);
  const steps: FlowStep[] = [];
  let position = 0;
  while (made < count) {
    const left = count - made;
    position += 1;
    if (position % 10 === 0 && left >= 5) {
      made += 1;
      const id = `block${made}`;
      const shapes: (() => FlowStep)[] = [
        () => ({ id, kind: 'if', condition: 'true', then: leaves(2), else: leaves(2) }),
        () => ({
          id,
          kind: 'switch',
          value: '$trigger.body.type',
          cases: [{ when: 'a', steps: leaves(2) }],
          default: leaves(2),
        }),
        () => ({ id, kind: 'forEach', items: '$trigger.body.items', concurrency: 1, batchSize: 250, steps: leaves(4) }),
        () => ({
          id,
          kind: 'parallel',
          wait: 'all',
          branches: [
            { name: 'left', steps: leaves(2) },
            { name: 'right', steps: leaves(2) },
          ],
        }),
      ];
      steps.push(shapes[(position / 10) % shapes.length]!());
    } else {
      steps.push(leaf());
    }
  }
  return { schemaVersion: 1, trigger: { kind: 'manual' }, compensateOnFailure: false, steps };
}

function countSteps(steps: FlowStep[]): number {
  return buildCanvasGraph({
    schemaVersion: 1,
    trigger: { kind: 'manual' },
    compensateOnFailure: false,
    steps,
  }).nodes.filter((node) => node.type === 'step' && node.stepId !== 'trigger').length;
}

await main();
