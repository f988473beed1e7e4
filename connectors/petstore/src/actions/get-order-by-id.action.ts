// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { Order } from '../api.schemas';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const GetOrderByIdInput = z.strictObject({
  orderId: z.number().int().describe('ID of order that needs to be fetched'),
});
export type GetOrderByIdInput = z.input<typeof GetOrderByIdInput>;

export const GetOrderByIdOutput = Order;
export type GetOrderByIdOutput = z.output<typeof GetOrderByIdOutput>;

export const getOrderById = defineAction({
  name: 'getOrderById',
  displayName: 'Find purchase order by ID',
  description:
    'For valid response try integer IDs with value <= 5 or > 10. Other values will generate exceptions. (GET /store/order/{orderId})',
  auth: PetstoreAuth,
  input: GetOrderByIdInput,
  output: GetOrderByIdOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'GET',
      path: '/store/order/{orderId}',
      pathParams: { orderId: input.orderId },
      responseSchema: GetOrderByIdOutput,
    });
  },
});
