import type { FlowStep } from '@tributary/workflows/flow-definition';
import { describe, expect, it } from 'vitest';
import { onErrorChoice, withMaxAttempts, withOnErrorChoice, withTimeoutMs } from './step-options-edit';

const action = {
  id: 'create',
  kind: 'action',
  connector: 'http',
  action: 'request',
  input: {},
} as FlowStep;

describe('retry and timeout fields', () => {
  it('stores max attempts inside retry and removes retry when emptied', () => {
    const withRetry = withMaxAttempts(action, '4');
    expect(withRetry.retry).toEqual({ maxAttempts: 4 });
    expect('retry' in withMaxAttempts(withRetry, '')).toBe(false);
  });

  it('keeps the other retry settings when max attempts is emptied', () => {
    const step = { ...action, retry: { maxAttempts: 3, initialIntervalMs: 500 } } as FlowStep;
    expect(withMaxAttempts(step, '').retry).toEqual({ initialIntervalMs: 500 });
  });

  it('stores the timeout in milliseconds, or leaves it out', () => {
    expect(withTimeoutMs(action, '15000').timeoutMs).toBe(15000);
    expect('timeoutMs' in withTimeoutMs({ ...action, timeoutMs: 5000 } as FlowStep, ' ')).toBe(false);
  });
});

describe('on error', () => {
  it('reads every form of onError as a choice', () => {
    expect(onErrorChoice(undefined)).toBe('fail');
    expect(onErrorChoice({ mode: 'fail' })).toBe('fail');
    expect(onErrorChoice('continue')).toBe('continue');
    expect(onErrorChoice({ mode: 'continue' })).toBe('continue');
    expect(onErrorChoice({ mode: 'continue', output: { ok: false } })).toBe('continueWithOutput');
  });

  it('leaves onError out for the default and writes the short form for continue', () => {
    expect('onError' in withOnErrorChoice({ ...action, onError: 'continue' } as FlowStep, 'fail', 'x')).toBe(false);
    expect(withOnErrorChoice(action, 'continue', 'x').onError).toBe('continue');
  });

  it('starts a handler block with a step that reports the error', () => {
    const step = withOnErrorChoice(action, 'handler', 'createFailed');
    expect(step.onError).toEqual({
      mode: 'handler',
      steps: [{ id: 'createFailed', kind: 'fail', error: 'step_failed', message: '=$steps.create.error.message' }],
    });
  });

  it('keeps an existing setting when the same choice is made again', () => {
    const step = { ...action, onError: { mode: 'continue', output: 1 } } as FlowStep;
    expect(withOnErrorChoice(step, 'continueWithOutput', 'x')).toBe(step);
  });
});
