// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { User } from '../api.schemas';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const GetUserByNameInput = z.strictObject({
  username: z.string().describe('The name that needs to be fetched. Use user1 for testing'),
});
export type GetUserByNameInput = z.input<typeof GetUserByNameInput>;

export const GetUserByNameOutput = User;
export type GetUserByNameOutput = z.output<typeof GetUserByNameOutput>;

export const getUserByName = defineAction({
  name: 'getUserByName',
  displayName: 'Get user by user name',
  description: 'Get user detail based on username. (GET /user/{username})',
  auth: PetstoreAuth,
  input: GetUserByNameInput,
  output: GetUserByNameOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'GET',
      path: '/user/{username}',
      pathParams: { username: input.username },
      responseSchema: GetUserByNameOutput,
    });
  },
});
