import { defineConnector } from '@tributary/connector-sdk';
import { createWorkOrder } from './actions/create-work-order.action';
import { getWorkOrder } from './actions/get-work-order.action';
import { listWorkOrders } from './actions/list-work-orders.action';
import { CmmsAuth } from './auth';
import { checkCmmsConnection } from './connection-check';

export const connector = defineConnector({
  name: 'cmms',
  version: '0.1.0',
  displayName: 'Acme CMMS',
  description: 'Create, read and list maintenance work orders, with an API key or OAuth2 client credentials.',
  auth: CmmsAuth,
  actions: { createWorkOrder, getWorkOrder, listWorkOrders },
  check: checkCmmsConnection,
});

export default connector;
