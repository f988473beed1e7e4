export { startCmmsSimulator } from './cmms-simulator.server';
export type { CmmsSimulator, CmmsSimulatorOptions } from './cmms-simulator.server';
export type { SimulatedFault } from './fault-injector';
export type { OAuthClient, TokenResponse } from './oauth-token.issuer';
export { WorkOrder, WorkOrderPriority, CreateWorkOrderRequest } from './work-order.schemas';
