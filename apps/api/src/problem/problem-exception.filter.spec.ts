import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../validation/invalid-request.error';
import { ApiProblem, ResourceNotFoundError } from './api-problem';
import { bodyParserProblem } from './body-parser-errors';
import { toProblemDetails } from './problem-exception.filter';

describe('toProblemDetails', () => {
  it('renders a domain error as an RFC 9457 document whose type ends in its code', () => {
    const problem = toProblemDetails(new ResourceNotFoundError('flow', 'erp-to-cmms'), '/v1/flows/erp-to-cmms');
    expect(problem).toEqual({
      type: 'https://tributary.dev/problems/resource_not_found',
      code: 'resource_not_found',
      title: 'Resource not found',
      status: 404,
      detail: 'No flow "erp-to-cmms" exists.',
      instance: '/v1/flows/erp-to-cmms',
      resource: 'flow',
    });
  });

  it('carries extensions such as the list of invalid fields', () => {
    const errors = [
      { path: 'slug', message: 'bad slug' },
      { path: 'definition.steps[0].kind', message: 'unknown kind' },
    ];
    const problem = toProblemDetails(new InvalidRequestError(errors), '/v1/flows');
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual(errors);
  });

  it('does not let an extension overwrite the standard members', () => {
    const error = new ApiProblem({ status: 409, code: 'x', title: 'X', extensions: { status: 200, type: 'evil' } });
    expect(toProblemDetails(error, '/')).toMatchObject({ status: 409, type: 'https://tributary.dev/problems/x' });
  });

  it('answers an unmatched route with route_not_found and no query string', () => {
    const problem = toProblemDetails(new NotFoundException('Cannot POST /nope?token=abc'), '/nope');
    expect(problem).toMatchObject({ status: 404, code: 'route_not_found', detail: 'No route matches POST /nope.' });
    expect(JSON.stringify(problem)).not.toContain('token');
  });

  it('maps other HTTP exceptions by status', () => {
    expect(toProblemDetails(new PayloadTooLargeException(), '/hooks/x')).toMatchObject({
      status: 413,
      code: 'payload_too_large',
      title: 'Payload Too Large',
    });
    expect(toProblemDetails(new BadRequestException('nope'), '/')).toMatchObject({ status: 400, code: 'bad_request' });
  });

  it('hides the message of unknown errors behind a generic 500', () => {
    const problem = toProblemDetails(new Error('password=hunter2 at db.ts:12'), '/v1/flows');
    expect(problem).toEqual({
      type: 'https://tributary.dev/problems/internal_error',
      code: 'internal_error',
      title: 'Internal server error',
      status: 500,
      detail: 'An unexpected error occurred.',
      instance: '/v1/flows',
    });
  });
});

describe('bodyParserProblem', () => {
  it('turns a JSON syntax error into invalid_json', () => {
    const error = Object.assign(new SyntaxError('Unexpected token'), { type: 'entity.parse.failed', status: 400 });
    expect(bodyParserProblem(error)).toMatchObject({ status: 400, code: 'invalid_json' });
  });

  it('turns an oversized body into payload_too_large with the limit', () => {
    const error = Object.assign(new Error('too large'), { type: 'entity.too.large', status: 413, limit: 1024 });
    expect(bodyParserProblem(error)).toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(bodyParserProblem(error)?.detail).toContain('1024 bytes');
  });

  it('leaves errors that did not come from a body parser alone', () => {
    expect(bodyParserProblem(new Error('boom'))).toBeUndefined();
  });
});
