import { describe, expect, it } from 'vitest';
import { ApiProblemError } from '../../api/api-errors';
import { connectionFieldErrors } from './connection-problems';

describe('connectionFieldErrors', () => {
  it('maps config and secrets errors onto the auth form fields, and keeps name and connector apart', () => {
    const error = new ApiProblemError({
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      errors: [
        { path: 'config.baseUrl', message: 'must be a URL' },
        { path: 'secrets.apiKey', message: 'is required' },
        { path: 'name', message: 'name must be 1–100 letters' },
      ],
    });
    expect(connectionFieldErrors(error)).toEqual({
      form: { baseUrl: 'must be a URL', apiKey: 'is required' },
      name: 'name must be 1–100 letters',
    });
  });

  it('has nothing to say about other errors', () => {
    expect(connectionFieldErrors(new Error('offline'))).toEqual({ form: {} });
  });
});
