import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import {
  ConnectorList,
  ConnectorPathParams,
  ConnectorResource,
  ConnectorVersionPathParams,
  ConnectorVersionResource,
} from './connectors.schemas';

const tags = ['connectors'];

export const connectorsPaths: ZodOpenApiPathsObject = {
  '/v1/connectors': {
    get: {
      tags,
      operationId: 'listConnectors',
      summary: 'List the connectors workers have registered, with their versions',
      responses: { '200': jsonResponse('All connectors', ConnectorList) },
    },
  },
  '/v1/connectors/{name}': {
    get: {
      tags,
      operationId: 'getConnector',
      summary: "A connector with its latest version's manifest (JSON Schemas of its connection and actions)",
      requestParams: { path: ConnectorPathParams },
      responses: { '200': jsonResponse('The connector', ConnectorResource), ...problemResponses(404) },
    },
  },
  '/v1/connectors/{name}/versions/{version}': {
    get: {
      tags,
      operationId: 'getConnectorVersion',
      summary: 'One registered version of a connector; kept for flows pinned to it',
      requestParams: { path: ConnectorVersionPathParams },
      responses: { '200': jsonResponse('The connector version', ConnectorVersionResource), ...problemResponses(404) },
    },
  },
};
