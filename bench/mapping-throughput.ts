/**
 * Field mapping throughput: 10,000 generated ERP maintenance jobs mapped to
 * CMMS work orders with the ERP → CMMS example mapping, three ways in one
 * process — the compiled Tributary mapping (with and without its target
 * schema check), one plain JSONata object-constructor expression per record,
 * and hand-written TypeScript: tuned (the baseline) and idiomatic with luxon,
 * whose per-call time-zone work dominates that row. All contenders must
 * produce identical work orders before anything is timed. Prints records/s
 * (median of the repetitions, interleaved) and the ratio to the baseline.
 *
 *   npx tsx bench/mapping-throughput.ts [records=10000] [repetitions=7]
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import { DateTime } from 'luxon';
import { erpJobToCmmsWorkOrder } from '@tributary/workflows/mappings/erp-to-cmms.example';
import { compileMapping } from '@tributary/workflows/mappings/index';

/** The JSONata the workflows package (and so Tributary's expressions) runs, wherever npm put it. */
const requireFromWorkflows = createRequire(new URL('../workflows/package.json', import.meta.url));
const jsonata = requireFromWorkflows('jsonata') as (source: string) => {
  evaluate(input: unknown, bindings?: Record<string, unknown>): unknown;
};
const jsonataVersion = (requireFromWorkflows('jsonata/package.json') as { version: string }).version;

const recordCount = Number(process.argv[2] ?? 10_000);
const repetitions = Number(process.argv[3] ?? 7);

interface ErpJob {
  jobNumber: string;
  asset: string;
  description: string;
  priority: string;
  dueDate: string;
  plant: string;
}

type MapAll = (jobs: ErpJob[]) => Promise<unknown[]>;

async function main() {
  const jobs = generateJobs(recordCount);
  const contenders: { name: string; run: MapAll }[] = [
    { name: '(c) hand-written TypeScript, tuned (baseline)', run: async (batch) => batch.map(handWrittenTuned) },
    { name: '(c) hand-written TypeScript, luxon fromFormat', run: async (batch) => batch.map(handWritten) },
    { name: '(a) Tributary compiled mapping + target schema check', run: tributary(erpJobToCmmsWorkOrder) },
    {
      name: '(a) Tributary compiled mapping, no target schema',
      run: tributary({ ...erpJobToCmmsWorkOrder, targetSchema: undefined }),
    },
    { name: '(b) plain JSONata object constructor', run: plainJsonata() },
  ];

  // equal output first (as JSON, which is what leaves the workflow): a fast wrong answer is not a result
  const expected = (await contenders[0]!.run(jobs)).map((output) => JSON.stringify(output));
  for (const contender of contenders.slice(1)) {
    const outputs = (await contender.run(jobs)).map((output) => JSON.stringify(output));
    const differs = outputs.findIndex((output, index) => output !== expected[index]);
    if (differs !== -1) {
      throw new Error(`${contender.name} maps job ${differs} differently:\n${outputs[differs]}\n${expected[differs]}`);
    }
  }

  for (let round = 0; round < 2; round += 1) for (const contender of contenders) await contender.run(jobs);
  const timings = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]));
  // interleaved, so no contender gets a quieter machine or a warmer JIT than the others
  for (let round = 0; round < repetitions; round += 1) {
    for (const contender of contenders) {
      const start = performance.now();
      await contender.run(jobs);
      timings.get(contender.name)!.push(performance.now() - start);
    }
  }

  const rows = contenders.map((contender) => {
    const sorted = [...timings.get(contender.name)!].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    return { name: contender.name, median, best: sorted[0]! };
  });
  const baseline = rows[0]!;
  const [load1] = os.loadavg();
  console.log(
    `\n${recordCount} ERP jobs → CMMS work orders, ${repetitions} interleaved repetitions after 2 warm-up rounds` +
      `\nNode ${process.version}, jsonata ${jsonataVersion}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, load average ${load1?.toFixed(2)}\n`,
  );
  console.log('| contender | records/s (median) | µs/record | records/s (best) | vs hand-written |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${rate(row.median)} | ${((row.median * 1000) / recordCount).toFixed(2)} | ${rate(row.best)} | ${(
        baseline.median / row.median
      ).toFixed(2)}× |`,
    );
  }
  console.log('\nvs hand-written: throughput relative to the baseline (above 1× is faster).');
}

function tributary(definition: unknown): MapAll {
  const mapping = compileMapping(definition);
  return async (batch) => {
    const outputs: unknown[] = [];
    for (const job of batch) {
      const result = await mapping.apply(job);
      if (!result.ok) throw new Error(`job ${job.jobNumber}: ${JSON.stringify(result.errors)}`);
      outputs.push(result.output);
    }
    return outputs;
  };
}

/**
 * JSONata has no IANA time zones, so the date goes through a function bound
 * from luxon, as a JSONata user would do it; the rest is plain JSONata.
 */
function plainJsonata(): MapAll {
  const expression = jsonata(`{
    "title": $substring($trim(description), 0, 200),
    "assetTag": $uppercase($trim(asset)),
    "priority": ($p := $lookup({"high": 1, "medium": 2, "low": 3}, $lowercase(priority)); $exists($p) ? $p : 2),
    "dueAt": $erpDate(dueDate),
    "description": $substring($trim(description) & "\n\nPlant " & plant, 0, 4000),
    "externalRef": "ERP-" & jobNumber
  }`);
  const bindings = { erpDate: erpDateToIso };
  return async (batch) => {
    const outputs: unknown[] = [];
    // jsonata 2 evaluates asynchronously, 1.x synchronously; await covers both
    for (const job of batch) outputs.push(await expression.evaluate(job, bindings));
    return outputs;
  };
}

const PRIORITIES: Record<string, number> = { high: 1, medium: 2, low: 3 };

/** What an engineer writes for this mapping without Tributary. */
function handWritten(job: ErpJob): Record<string, unknown> {
  const title = job.description.trim();
  return {
    title: title.slice(0, 200),
    assetTag: job.asset.trim().toUpperCase(),
    priority: PRIORITIES[job.priority.toLowerCase()] ?? 2,
    dueAt: erpDateToIso(job.dueDate),
    description: `${title}\n\nPlant ${job.plant}`.slice(0, 4000),
    externalRef: `ERP-${job.jobNumber}`,
  };
}

/** The same, with the date read by a regex and the zone offset asked of Intl once per day. */
function handWrittenTuned(job: ErpJob): Record<string, unknown> {
  const title = job.description.trim();
  return {
    title: title.slice(0, 200),
    assetTag: job.asset.trim().toUpperCase(),
    priority: PRIORITIES[job.priority.toLowerCase()] ?? 2,
    dueAt: erpDateToIsoTuned(job.dueDate),
    description: `${title}\n\nPlant ${job.plant}`.slice(0, 4000),
    externalRef: `ERP-${job.jobNumber}`,
  };
}

const ERP_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;
const berlinOffsetByDay = new Map<number, number>();
const berlinClock = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });

function erpDateToIsoTuned(text: string): string | null {
  const match = ERP_DATE.exec(text);
  if (!match) return null;
  const wall = Date.UTC(Number(match[3]), Number(match[2]) - 1, Number(match[1]));
  let offset = berlinOffsetByDay.get(wall);
  if (offset === undefined) {
    // Berlin changes offset at 01:00 UTC, so local midnight has the offset of noon that day
    const name = berlinClock.formatToParts(wall + 12 * 3_600_000).find((part) => part.type === 'timeZoneName')!.value;
    const [, sign, hours, minutes] = /GMT([+-])(\d{2}):(\d{2})/.exec(name)!;
    offset = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
    berlinOffsetByDay.set(wall, offset);
  }
  return new Date(wall - offset * 60_000).toISOString();
}

function erpDateToIso(text: string): string | null {
  return DateTime.fromFormat(text, 'dd.MM.yyyy', { zone: 'Europe/Berlin' }).toUTC().toISO();
}

/** Deterministic jobs (a fixed-seed generator), spread over three years so both DST offsets occur. */
function generateJobs(count: number): ErpJob[] {
  let seed = 42;
  const next = (limit: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % limit;
  };
  const priorities = ['High', 'Medium', 'Low', 'high', 'LOW', 'Urgent'];
  const words = ['replace', 'seal', 'pump', 'inspect', 'bearing', 'leak', 'valve', 'calibrate', 'sensor', 'motor'];
  return Array.from({ length: count }, (_, index) => ({
    jobNumber: `MJ-${100_001 + index}`,
    asset: ` pump-${String(next(500)).padStart(3, '0')} `,
    description: `  ${Array.from({ length: 5 + next(60) }, () => words[next(words.length)]).join(' ')}  `,
    priority: priorities[next(priorities.length)]!,
    dueDate: `${String(1 + next(28)).padStart(2, '0')}.${String(1 + next(12)).padStart(2, '0')}.${2025 + next(3)}`,
    plant: `HAM-0${1 + next(4)}`,
  }));
}

function rate(milliseconds: number): string {
  return Math.round((recordCount / milliseconds) * 1000).toLocaleString('en-US');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
