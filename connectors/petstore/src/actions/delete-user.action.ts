// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const DeleteUserInput = z.strictObject({ username: z.string().describe('The name that needs to be deleted') });
export type DeleteUserInput = z.input<typeof DeleteUserInput>;

export const DeleteUserOutput = z.unknown();
export type DeleteUserOutput = z.output<typeof DeleteUserOutput>;

export const deleteUser = defineAction({
  name: 'deleteUser',
  displayName: 'Delete user resource',
  description: 'This can only be done by the logged in user. (DELETE /user/{username})',
  auth: PetstoreAuth,
  input: DeleteUserInput,
  output: DeleteUserOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'DELETE',
      path: '/user/{username}',
      pathParams: { username: input.username },
      responseSchema: DeleteUserOutput,
    });
  },
});
