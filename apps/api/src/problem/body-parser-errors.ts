import type { NextFunction, Request, Response } from 'express';
import { ApiProblem } from './api-problem';

export class InvalidJsonError extends ApiProblem {
  constructor() {
    super({
      status: 400,
      code: 'invalid_json',
      title: 'Malformed JSON body',
      detail: 'The request body is not valid JSON.',
    });
  }
}

export class PayloadTooLargeError extends ApiProblem {
  constructor(limitBytes: number | undefined) {
    super({
      status: 413,
      code: 'payload_too_large',
      title: 'Payload too large',
      detail: limitBytes
        ? `The request body exceeds the limit of ${limitBytes} bytes.`
        : 'The request body is too large.',
    });
  }
}

export class UnsupportedEncodingError extends ApiProblem {
  constructor() {
    super({
      status: 415,
      code: 'unsupported_encoding',
      title: 'Unsupported body encoding',
      detail: 'The request body uses a charset or content encoding the API does not accept.',
    });
  }
}

/**
 * Express error middleware placed right after the body parsers. Nest would
 * turn a JSON syntax error into a generic 400 carrying the parser's message;
 * we turn body-parser failures into typed problems instead.
 */
export function translateBodyParserErrors(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  next(bodyParserProblem(error) ?? error);
}

export function bodyParserProblem(error: unknown): ApiProblem | undefined {
  if (typeof error !== 'object' || error === null || !('type' in error)) return undefined;
  switch ((error as { type: unknown }).type) {
    case 'entity.parse.failed':
      return new InvalidJsonError();
    case 'entity.too.large':
      return new PayloadTooLargeError((error as { limit?: number }).limit);
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new UnsupportedEncodingError();
    default:
      return undefined;
  }
}
