// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { Order } from '../api.schemas';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const PlaceOrderInput = z.strictObject({ body: Order.optional() });
export type PlaceOrderInput = z.input<typeof PlaceOrderInput>;

export const PlaceOrderOutput = Order;
export type PlaceOrderOutput = z.output<typeof PlaceOrderOutput>;

export const placeOrder = defineAction({
  name: 'placeOrder',
  displayName: 'Place an order for a pet',
  description: 'Place a new order in the store. (POST /store/order)',
  auth: PetstoreAuth,
  input: PlaceOrderInput,
  output: PlaceOrderOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'POST',
      path: '/store/order',
      json: input.body,
      responseSchema: PlaceOrderOutput,
    });
  },
});
