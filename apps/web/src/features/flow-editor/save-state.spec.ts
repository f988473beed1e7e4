import { describe, expect, it } from 'vitest';
import { ApiProblemError, ApiUnreachableError } from '../../api/api-errors';
import { saveFailureReason, saveStateText } from './save-state';

describe('the save status', () => {
  it('reads as the editor shows it', () => {
    expect(saveStateText({ kind: 'saved' })).toBe('Saved');
    expect(saveStateText({ kind: 'saving' })).toBe('Saving…');
    expect(saveStateText({ kind: 'dirty' })).toBe('Unsaved changes');
    expect(saveStateText({ kind: 'failed', reason: 'offline' })).toBe('Not saved: offline');
  });

  it('explains a refused draft by its problems and anything else by the API', () => {
    const invalid = new ApiProblemError({
      title: 'Invalid flow definition',
      status: 400,
      errors: [
        { path: 'definition.steps[0].input.url', message: 'x' },
        { path: 'definition.steps[1]', message: 'y' },
      ],
    });
    expect(saveFailureReason(invalid)).toBe('the flow has 2 problems (shown on the steps)');
    expect(
      saveFailureReason(new ApiProblemError({ title: 'Forbidden', status: 403, detail: 'needs flows:write' })),
    ).toBe('needs flows:write');
    expect(saveFailureReason(new ApiUnreachableError('/v1/flows/x'))).toMatch(/cannot be reached/);
  });
});
