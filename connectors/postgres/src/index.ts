import { defineConnector } from '@tributary/connector-sdk';
import { insertRows } from './actions/insert-rows.action';
import { runQuery } from './actions/run-query.action';
import { upsertRows } from './actions/upsert-rows.action';
import { PostgresAuth } from './auth';
import { checkPostgresConnection } from './connection-check';
import { newRows } from './triggers/new-rows.trigger';

export const connector = defineConnector({
  name: 'postgres',
  version: '0.1.0',
  displayName: 'PostgreSQL',
  description:
    'Query a PostgreSQL database, insert or upsert rows with bound parameters, and trigger flows on new or updated rows.',
  auth: PostgresAuth,
  actions: { query: runQuery, insert: insertRows, upsert: upsertRows },
  check: checkPostgresConnection,
  triggers: { newRows },
});

export default connector;
