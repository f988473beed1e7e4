// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { User } from '../api.schemas';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const CreateUserInput = z.strictObject({ body: User.optional().describe('Created user object') });
export type CreateUserInput = z.input<typeof CreateUserInput>;

export const CreateUserOutput = User;
export type CreateUserOutput = z.output<typeof CreateUserOutput>;

export const createUser = defineAction({
  name: 'createUser',
  displayName: 'Create user',
  description: 'This can only be done by the logged in user. (POST /user)',
  auth: PetstoreAuth,
  input: CreateUserInput,
  output: CreateUserOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'POST',
      path: '/user',
      json: input.body,
      responseSchema: CreateUserOutput,
    });
  },
});
