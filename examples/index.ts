export * from './erp-simulator/index';
export * from './cmms-simulator/index';
