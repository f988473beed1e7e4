// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { Pet } from '../api.schemas';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const FindPetsByTagsInput = z.strictObject({ tags: z.array(z.string()).describe('Tags to filter by') });
export type FindPetsByTagsInput = z.input<typeof FindPetsByTagsInput>;

export const FindPetsByTagsOutput = z.array(Pet);
export type FindPetsByTagsOutput = z.output<typeof FindPetsByTagsOutput>;

export const findPetsByTags = defineAction({
  name: 'findPetsByTags',
  displayName: 'Finds Pets by tags',
  description:
    'Multiple tags can be provided with comma separated strings. Use tag1, tag2, tag3 for testing. (GET /pet/findByTags)',
  auth: PetstoreAuth,
  input: FindPetsByTagsInput,
  output: FindPetsByTagsOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'GET',
      path: '/pet/findByTags',
      query: { tags: input.tags },
      responseSchema: FindPetsByTagsOutput,
    });
  },
});
