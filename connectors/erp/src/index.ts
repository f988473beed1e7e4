import { defineConnector } from '@tributary/connector-sdk';
import { getJob } from './actions/get-job.action';
import { raiseJob } from './actions/raise-job.action';
import { updateJob } from './actions/update-job.action';
import { ErpAuth } from './auth';

export const connector = defineConnector({
  name: 'erp',
  version: '0.1.0',
  displayName: 'Acme ERP',
  description: 'Read, raise and update maintenance jobs in Acme ERP.',
  auth: ErpAuth,
  actions: { getJob, updateJob, raiseJob },
});

export default connector;
