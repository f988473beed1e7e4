import { defineConnector } from '@tributary/connector-sdk';
import { insertRows } from './actions/insert-rows.action';
import { runQuery } from './actions/run-query.action';
import { upsertRows } from './actions/upsert-rows.action';
import { PostgresAuth } from './auth';

export const connector = defineConnector({
  name: 'postgres',
  version: '0.1.0',
  displayName: 'PostgreSQL',
  description: 'Query a PostgreSQL database and insert or upsert rows, always with bound parameters.',
  auth: PostgresAuth,
  actions: { query: runQuery, insert: insertRows, upsert: upsertRows },
});

export default connector;
