// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { User } from '../api.schemas';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const UpdateUserInput = z.strictObject({
  username: z.string().describe('name that need to be deleted'),
  body: User.optional().describe('Update an existent user in the store'),
});
export type UpdateUserInput = z.input<typeof UpdateUserInput>;

export const UpdateUserOutput = z.unknown();
export type UpdateUserOutput = z.output<typeof UpdateUserOutput>;

export const updateUser = defineAction({
  name: 'updateUser',
  displayName: 'Update user resource',
  description: 'This can only be done by the logged in user. (PUT /user/{username})',
  auth: PetstoreAuth,
  input: UpdateUserInput,
  output: UpdateUserOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'PUT',
      path: '/user/{username}',
      pathParams: { username: input.username },
      json: input.body,
      responseSchema: UpdateUserOutput,
    });
  },
});
