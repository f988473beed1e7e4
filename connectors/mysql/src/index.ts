import { defineConnector } from '@tributary/connector-sdk';
import { insertRows } from './actions/insert-rows.action';
import { runQuery } from './actions/run-query.action';
import { upsertRows } from './actions/upsert-rows.action';
import { MysqlAuth } from './auth';
import { checkMysqlConnection } from './connection-check';
import { newRows } from './triggers/new-rows.trigger';

export const connector = defineConnector({
  name: 'mysql',
  version: '0.1.0',
  displayName: 'MySQL / MariaDB',
  description:
    'Query a MySQL or MariaDB database, insert or upsert rows with bound parameters, and trigger flows on new or updated rows.',
  auth: MysqlAuth,
  actions: { query: runQuery, insert: insertRows, upsert: upsertRows },
  check: checkMysqlConnection,
  triggers: { newRows },
});

export default connector;
