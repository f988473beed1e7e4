import { CancellationScope, isCancellation } from '@temporalio/workflow';
import type { ParallelStep } from '../definition/flow-steps';
import type { StepContext } from '../engine/step-context';

/**
 * Runs branches concurrently and waits for all of them, the first, or at
 * least N to succeed; the branches still running then are cancelled (their
 * activities too). Fails as soon as enough branches failed that the goal is
 * out of reach.
 */
export async function runParallelStep(step: ParallelStep, ctx: StepContext): Promise<unknown> {
  const total = step.branches.length;
  const needed = step.wait === 'all' ? total : step.wait === 'first' ? 1 : step.wait.atLeast;
  const outputs: Record<string, unknown> = {};
  const completed: string[] = [];
  let failed = 0;
  let decided = false;
  const branches = new CancellationScope();
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const outcome = new Promise<void>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });

  const runBranch = async (branch: ParallelStep['branches'][number]) => {
    try {
      const output = await ctx.runBlock(branch.steps, ctx.scope);
      if (decided) return;
      outputs[branch.name] = output ?? null;
      completed.push(branch.name);
      if (completed.length >= needed) {
        decided = true;
        resolve();
        branches.cancel();
      }
    } catch (error) {
      if (decided && isCancellation(error)) return;
      failed += 1;
      if (!decided && failed > total - needed) {
        decided = true;
        reject(error);
        branches.cancel();
      }
    }
  };
  void branches.run(() => Promise.all(step.branches.map(runBranch))).catch(() => undefined);
  await outcome;
  ctx.progress.branch = completed.join(', ');
  return { completed, outputs };
}
