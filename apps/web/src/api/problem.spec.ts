import { describe, expect, it } from 'vitest';
import { interpretErrorResponse } from './problem';

const problemJson = 'application/problem+json';

describe('interpretErrorResponse', () => {
  it('keeps the title, detail and field errors of a problem document', () => {
    const body = JSON.stringify({
      type: 'https://tributary.dev/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: 'The query has 1 invalid parameter.',
      errors: [{ path: 'status', message: 'must be one of running, completed, failed' }],
    });
    expect(interpretErrorResponse(400, problemJson, body)).toEqual({
      kind: 'problem',
      problem: {
        type: 'https://tributary.dev/problems/validation',
        title: 'Invalid request',
        status: 400,
        detail: 'The query has 1 invalid parameter.',
        errors: [{ path: 'status', message: 'must be one of running, completed, failed' }],
      },
    });
  });

  it('joins field error paths given as arrays', () => {
    const body = JSON.stringify({
      title: 'Invalid flow',
      errors: [{ path: ['steps', 2, 'input'], message: 'Required' }],
    });
    const meaning = interpretErrorResponse(422, problemJson, body);
    expect(meaning.kind === 'problem' && meaning.problem.errors).toEqual([
      { path: 'steps.2.input', message: 'Required' },
    ]);
  });

  it('takes the HTTP status when the problem document leaves it out', () => {
    const meaning = interpretErrorResponse(404, problemJson, JSON.stringify({ title: 'Run not found' }));
    expect(meaning).toEqual({ kind: 'problem', problem: { title: 'Run not found', status: 404 } });
  });

  it('reads a problem document even when it is served as plain JSON', () => {
    const meaning = interpretErrorResponse(
      409,
      'application/json',
      JSON.stringify({ title: 'Slug taken', status: 409 }),
    );
    expect(meaning).toEqual({ kind: 'problem', problem: { title: 'Slug taken', status: 409 } });
  });

  it('treats a bare gateway error from a proxy as the API being unreachable', () => {
    expect(interpretErrorResponse(502, 'text/html', '<html><body>502 Bad Gateway</body></html>')).toEqual({
      kind: 'unreachable',
    });
    expect(interpretErrorResponse(504, null, '')).toEqual({ kind: 'unreachable' });
  });

  it("treats the Vite dev proxy's empty 500 as the API being unreachable", () => {
    expect(interpretErrorResponse(500, 'text/plain', '')).toEqual({ kind: 'unreachable' });
  });

  it('shows a 503 problem from the API itself as a problem, not as an outage', () => {
    const body = JSON.stringify({ title: 'Not ready', status: 503, detail: 'Temporal is not reachable' });
    expect(interpretErrorResponse(503, problemJson, body)).toEqual({
      kind: 'problem',
      problem: { title: 'Not ready', status: 503, detail: 'Temporal is not reachable' },
    });
  });

  it('builds a readable problem from a non-problem error, hiding HTML pages', () => {
    expect(interpretErrorResponse(404, 'text/html', '<!doctype html><p>nope</p>')).toEqual({
      kind: 'problem',
      problem: { title: 'Not found', status: 404, detail: undefined },
    });
    expect(interpretErrorResponse(500, 'text/plain', 'database exploded')).toEqual({
      kind: 'problem',
      problem: { title: 'The API failed (HTTP 500)', status: 500, detail: 'database exploded' },
    });
  });
});
