import { defineConnector } from '@tributary/connector-sdk';
import { call } from './actions/call-operation.action';
import { describe } from './actions/describe-wsdl.action';
import { SoapAuth } from './auth';

export const connector = defineConnector({
  name: 'soap',
  version: '0.1.0',
  displayName: 'SOAP',
  description:
    'Calls operations of SOAP web services described by a WSDL, with HTTP Basic, bearer or WS-Security credentials.',
  auth: SoapAuth,
  actions: { call, describe },
});

export default connector;
