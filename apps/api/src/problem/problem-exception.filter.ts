import { STATUS_CODES } from 'node:http';
import { Catch, HttpException, NotFoundException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { ApiProblem, PROBLEM_TYPE_BASE } from './api-problem';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problem-details';

/**
 * The one place errors become responses: every thrown value leaves the API as
 * an RFC 9457 `application/problem+json` document. Unknown errors are logged
 * and answered with a bare 500 so internals (SQL, stack traces) never leak.
 */
@Catch()
export class ProblemExceptionFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = toProblemDetails(exception, requestPath(request));
    if (problem.status >= 500 && !(exception instanceof ApiProblem)) {
      this.logger.error({ err: exception, method: request.method, path: problem.instance }, 'request failed');
    }
    if (response.headersSent) return;
    if (exception instanceof ApiProblem) {
      for (const [name, value] of Object.entries(exception.headers)) response.setHeader(name, value);
    }
    response.status(problem.status).setHeader('Content-Type', PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }
}

export function toProblemDetails(exception: unknown, instance: string): ProblemDetails {
  if (exception instanceof ApiProblem) {
    return problem(exception.status, exception.code, exception.title, exception.detail, instance, exception.extensions);
  }
  if (exception instanceof NotFoundException) {
    // Handlers throw typed ApiProblems for missing resources; a bare Nest 404
    // only comes from the router when no route matches.
    return problem(404, 'route_not_found', 'Route not found', routeNotFoundDetail(exception), instance);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const detail = status < 500 ? exception.message : undefined;
    return problem(status, codeForStatus(status), titleForStatus(status), detail, instance);
  }
  return problem(500, 'internal_error', 'Internal server error', 'An unexpected error occurred.', instance);
}

function problem(
  status: number,
  code: string,
  title: string,
  detail: string | undefined,
  instance: string,
  extensions: Record<string, unknown> = {},
): ProblemDetails {
  return {
    type: `${PROBLEM_TYPE_BASE}${code}`,
    code,
    title,
    status,
    ...(detail === undefined ? {} : { detail }),
    instance,
    ...withoutStandardMembers(extensions),
  };
}

const STANDARD_MEMBERS = new Set(['type', 'code', 'title', 'status', 'detail', 'instance']);

// An extension may add members, never change the standard ones.
function withoutStandardMembers(extensions: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(extensions).filter(([key]) => !STANDARD_MEMBERS.has(key)));
}

const CODES_BY_STATUS: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

function codeForStatus(status: number): string {
  return CODES_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'http_error');
}

function titleForStatus(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

function routeNotFoundDetail(exception: NotFoundException): string {
  // Nest words it "Cannot GET /path"; keep the method and path, drop the query.
  const match = /^Cannot (\S+) ([^?\s]*)/.exec(exception.message);
  return match ? `No route matches ${match[1]} ${match[2]}.` : 'No route matches this request.';
}

// The query string may carry tokens, so the instance is the path alone.
function requestPath(request: Request): string {
  const url = request.originalUrl ?? request.url ?? '/';
  return url.split('?')[0] ?? '/';
}
