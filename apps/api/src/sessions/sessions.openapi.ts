import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import { SessionCreateRequest, SessionResource, SetupRequest, SetupStatus } from './sessions.schemas';

const tags = ['sessions'];
const cookieHeader = {
  'Set-Cookie': {
    description: '`trb_session=<token>; HttpOnly; SameSite=Lax; Path=/` (and `Secure` when PUBLIC_URL is https)',
    schema: { type: 'string' as const },
  },
};

export const sessionsPaths: ZodOpenApiPathsObject = {
  '/v1/setup': {
    get: {
      tags,
      operationId: 'getSetupStatus',
      summary: 'First run: whether the admin user is still to be created',
      description: 'Public: the web app asks it before anyone can sign in, to offer setup or sign-in.',
      responses: { '200': jsonResponse('Whether setup is required', SetupStatus), ...problemResponses(429) },
    },
    post: {
      tags,
      operationId: 'setUpFirstAdmin',
      summary: 'First run: create the admin user and sign in',
      description: 'Only while no user exists; afterwards 409 `setup_already_done`.',
      requestBody: { required: true, content: { 'application/json': { schema: SetupRequest } } },
      responses: {
        '201': { ...jsonResponse('The new session of the new admin', SessionResource), headers: cookieHeader },
        ...problemResponses(400, 409, 429),
      },
    },
  },
  '/v1/sessions': {
    post: {
      tags,
      operationId: 'createSession',
      summary: 'Sign in: sets the session cookie',
      requestBody: { required: true, content: { 'application/json': { schema: SessionCreateRequest } } },
      responses: {
        '201': { ...jsonResponse('The session', SessionResource), headers: cookieHeader },
        ...problemResponses(400, 401, 429),
      },
    },
  },
  '/v1/sessions/current': {
    get: {
      tags,
      operationId: 'getCurrentSession',
      summary: 'Who am I: the session of the cookie',
      responses: { '200': jsonResponse('The session', SessionResource), ...problemResponses(404) },
    },
    delete: {
      tags,
      operationId: 'deleteCurrentSession',
      summary: 'Sign out: ends the session and clears the cookie',
      responses: { '204': { description: 'Signed out', headers: cookieHeader }, ...problemResponses(404) },
    },
  },
};
