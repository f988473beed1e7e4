import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listen } from 'soap';

/**
 * A real SOAP service for the tests: the maintenance WSDL served by node-soap
 * on a node:http server on a free port. What a test needs to provoke (auth,
 * throttling, slowness) is switched on through the options; every request the
 * server receives, WSDL downloads included, is recorded.
 */

const WSDL = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/maintenance-service.wsdl'),
  'utf8',
);
/** Asset tags look like P-101 or CONV-7. */
const ASSET_TAG = /^[A-Z]+-\d+$/;

export interface MaintenanceServiceOptions {
  /** answer every request without these Basic credentials with 401 */
  basicAuth?: { username: string; password: string };
  /** answer this many SOAP calls with 429 and Retry-After: 1 first */
  rateLimitedCalls?: number;
  /** answer this many SOAP calls with 503 first */
  unavailableCalls?: number;
  /** delay of GetWorkOrder */
  getWorkOrderDelayMs?: number;
}

export interface ReceivedSoapRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  receivedAt: number;
}

export interface MaintenanceService {
  url: string;
  wsdlUrl: string;
  /** every request, in order */
  requests: ReceivedSoapRequest[];
  /** the arguments of each call that reached an operation */
  calls: { operation: string; args: Record<string, unknown>; soapHeaders: unknown }[];
  close(): Promise<void>;
}

export async function startMaintenanceService(options: MaintenanceServiceOptions = {}): Promise<MaintenanceService> {
  const requests: ReceivedSoapRequest[] = [];
  const calls: MaintenanceService['calls'] = [];
  const workOrders = new Map<string, { assetTag: string; priority: number; status: string }>();
  let soapCalls = 0;

  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not listening on a TCP port');
  const url = `http://127.0.0.1:${address.port}`;

  const services = {
    MaintenanceService: {
      MaintenancePort: {
        CreateWorkOrder(args: Record<string, unknown>, _callback: unknown, soapHeaders: unknown) {
          calls.push({ operation: 'CreateWorkOrder', args, soapHeaders });
          const assetTag = String(args.assetTag ?? '');
          if (!ASSET_TAG.test(assetTag)) {
            throw {
              Fault: {
                faultcode: 'soap:Client',
                faultstring: `Unknown asset tag "${assetTag}"`,
                detail: { field: 'assetTag' },
                statusCode: 500,
              },
            };
          }
          if (assetTag === 'DB-0') {
            throw { Fault: { faultcode: 'soap:Server', faultstring: 'Work order store unavailable', statusCode: 500 } };
          }
          const workOrderId = `WO-${1000 + workOrders.size}`;
          workOrders.set(workOrderId, { assetTag, priority: Number(args.priority), status: 'OPEN' });
          return { workOrderId, status: 'OPEN' };
        },
        GetWorkOrder(args: Record<string, unknown>, callback?: (result: unknown) => void, soapHeaders?: unknown) {
          calls.push({ operation: 'GetWorkOrder', args, soapHeaders });
          const workOrderId = String(args.workOrderId);
          const found = workOrders.get(workOrderId) ?? { assetTag: 'P-101', priority: 2, status: 'CLOSED' };
          setTimeout(() => callback?.({ workOrderId, ...found }), options.getWorkOrderDelayMs ?? 0);
        },
      },
    },
  };

  const soapServer = listen(server, {
    path: '/maintenance',
    services,
    xml: WSDL.replace('http://maintenance.invalid/maintenance', `${url}/maintenance`),
  });
  soapServer.authorizeConnection = (req: IncomingMessage, res?: ServerResponse) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, receivedAt: Date.now() });
    // node-soap passes no response only when it runs serverless, which these tests do not
    if (res === undefined) return true;
    if (options.basicAuth !== undefined && !hasBasicAuth(req, options.basicAuth)) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="maintenance"', 'content-type': 'text/plain' });
      res.write('Unauthorized');
      return false;
    }
    if (req.method !== 'POST') return true;
    soapCalls += 1;
    if (soapCalls <= (options.rateLimitedCalls ?? 0)) {
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' });
      res.write('Too many requests');
      return false;
    }
    if (soapCalls <= (options.rateLimitedCalls ?? 0) + (options.unavailableCalls ?? 0)) {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.write('Maintenance window');
      return false;
    }
    return true;
  };

  return {
    url,
    wsdlUrl: `${url}/maintenance?wsdl`,
    requests,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function hasBasicAuth(req: IncomingMessage, expected: { username: string; password: string }): boolean {
  const encoded = Buffer.from(`${expected.username}:${expected.password}`).toString('base64');
  return req.headers.authorization === `Basic ${encoded}`;
}
