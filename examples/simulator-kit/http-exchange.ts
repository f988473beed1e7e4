import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpProblem } from './http-problem';

const MAX_BODY_BYTES = 1024 * 1024;

/** Reads a JSON request body; 415 for another media type, 400 for malformed JSON, 413 when too large. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  requireMediaType(req, 'application/json');
  const text = await readText(req);
  if (text.trim() === '') throw new HttpProblem(400, 'invalid_json', 'Request body is empty; send a JSON object');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpProblem(400, 'invalid_json', 'Request body is not valid JSON');
  }
}

/** Reads an `application/x-www-form-urlencoded` body, as OAuth2 token requests send it. */
export async function readFormBody(req: IncomingMessage): Promise<URLSearchParams> {
  requireMediaType(req, 'application/x-www-form-urlencoded');
  return new URLSearchParams(await readText(req));
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

export function sendHtml(res: ServerResponse, html: string): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(html),
    'cache-control': 'no-store',
  });
  res.end(html);
}

export function sendProblem(res: ServerResponse, problem: HttpProblem): void {
  const body = { error: problem.code, message: problem.message, ...(problem.fields ? { fields: problem.fields } : {}) };
  sendJson(res, problem.status, body, problem.headers);
}

function requireMediaType(req: IncomingMessage, expected: string): void {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (mediaType !== expected) {
    throw new HttpProblem(415, 'unsupported_media_type', `Content-Type must be ${expected}`);
  }
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpProblem(413, 'payload_too_large', 'Request body exceeds 1 MiB');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
