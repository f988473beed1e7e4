import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import { TriggerList, TriggerListQuery, TriggerPathParams, TriggerResource } from './triggers.schemas';

const tags = ['triggers'];

function triggerAction(operationId: string, summary: string, description: string, conflicts = true) {
  return {
    post: {
      tags,
      operationId,
      summary,
      description,
      requestParams: { path: TriggerPathParams },
      responses: {
        '200': jsonResponse('The trigger', TriggerResource),
        ...(conflicts ? problemResponses(404, 409, 503) : problemResponses(404, 503)),
      },
    },
  };
}

export const triggersPaths: ZodOpenApiPathsObject = {
  '/v1/triggers': {
    get: {
      tags,
      operationId: 'listTriggers',
      summary: 'List triggers, newest first',
      description: 'Triggers are created and updated by publishing flow versions.',
      requestParams: { query: TriggerListQuery },
      responses: { '200': jsonResponse('A page of triggers', TriggerList), ...problemResponses(400) },
    },
  },
  '/v1/triggers/{id}': {
    get: {
      tags,
      operationId: 'getTrigger',
      summary: 'Get a trigger with its Temporal state (and, for schedules, upcoming and recent fires)',
      requestParams: { path: TriggerPathParams },
      responses: { '200': jsonResponse('The trigger', TriggerResource), ...problemResponses(404) },
    },
  },
  '/v1/triggers/{id}/enable': triggerAction(
    'enableTrigger',
    'Enable a trigger',
    'Webhooks accept calls again, schedules fire, polling and subscription consumers start.',
  ),
  '/v1/triggers/{id}/disable': triggerAction(
    'disableTrigger',
    'Disable a trigger',
    'Webhooks answer 404, schedules are paused, consumers stop (unacknowledged messages stay with the broker, a polling cursor is kept).',
  ),
  '/v1/triggers/{id}/pause': triggerAction('pauseSchedule', 'Pause a schedule', 'The same as disable, for schedules.'),
  '/v1/triggers/{id}/resume': triggerAction(
    'resumeSchedule',
    'Resume a schedule',
    'The same as enable, for schedules.',
  ),
  '/v1/triggers/{id}/fire': triggerAction(
    'fireSchedule',
    'Fire a schedule now',
    'Starts one run at once, outside the calendar, even while the schedule is paused.',
  ),
};
