// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const LoginUserInput = z.strictObject({
  username: z.string().optional().describe('The user name for login'),
  password: z.string().optional().describe('The password for login in clear text'),
});
export type LoginUserInput = z.input<typeof LoginUserInput>;

export const LoginUserOutput = z.string();
export type LoginUserOutput = z.output<typeof LoginUserOutput>;

export const loginUser = defineAction({
  name: 'loginUser',
  displayName: 'Logs user into the system',
  description: 'Log into the system. (GET /user/login)',
  auth: PetstoreAuth,
  input: LoginUserInput,
  output: LoginUserOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'GET',
      path: '/user/login',
      query: { username: input.username, password: input.password },
      responseSchema: LoginUserOutput,
    });
  },
});
