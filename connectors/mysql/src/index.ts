import { defineConnector } from '@tributary/connector-sdk';
import { insertRows } from './actions/insert-rows.action';
import { runQuery } from './actions/run-query.action';
import { upsertRows } from './actions/upsert-rows.action';
import { MysqlAuth } from './auth';

export const connector = defineConnector({
  name: 'mysql',
  version: '0.1.0',
  displayName: 'MySQL / MariaDB',
  description: 'Query a MySQL or MariaDB database and insert or upsert rows, always with bound parameters.',
  auth: MysqlAuth,
  actions: { query: runQuery, insert: insertRows, upsert: upsertRows },
});

export default connector;
