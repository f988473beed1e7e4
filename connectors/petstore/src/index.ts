// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineConnector } from '@tributary/connector-sdk';
import { addPet } from './actions/add-pet.action';
import { createUser } from './actions/create-user.action';
import { createUsersWithListInput } from './actions/create-users-with-list-input.action';
import { deleteOrder } from './actions/delete-order.action';
import { deletePet } from './actions/delete-pet.action';
import { deleteUser } from './actions/delete-user.action';
import { findPetsByStatus } from './actions/find-pets-by-status.action';
import { findPetsByTags } from './actions/find-pets-by-tags.action';
import { getInventory } from './actions/get-inventory.action';
import { getOrderById } from './actions/get-order-by-id.action';
import { getPetById } from './actions/get-pet-by-id.action';
import { getUserByName } from './actions/get-user-by-name.action';
import { loginUser } from './actions/login-user.action';
import { logoutUser } from './actions/logout-user.action';
import { placeOrder } from './actions/place-order.action';
import { updatePetWithForm } from './actions/update-pet-with-form.action';
import { updatePet } from './actions/update-pet.action';
import { updateUser } from './actions/update-user.action';
import { PetstoreAuth } from './auth';

// Not imported:
// - uploadFile (POST /pet/{petId}/uploadImage): its request body is only in application/octet-stream; only JSON bodies are supported

export const connector = defineConnector({
  name: 'petstore',
  version: '0.1.0',
  displayName: 'Swagger Petstore',
  description: 'Swagger Petstore - OpenAPI 3.0 (API version 1.0.27), 18 operations imported from its OpenAPI document.',
  auth: PetstoreAuth,
  actions: {
    updatePet,
    addPet,
    findPetsByStatus,
    findPetsByTags,
    getPetById,
    updatePetWithForm,
    deletePet,
    getInventory,
    placeOrder,
    getOrderById,
    deleteOrder,
    createUser,
    createUsersWithListInput,
    loginUser,
    logoutUser,
    getUserByName,
    updateUser,
    deleteUser,
  },
});

export default connector;
