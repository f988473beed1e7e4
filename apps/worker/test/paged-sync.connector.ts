import { createHttpClient, defineAction, defineConnector, paginateByCursor } from '@tributary/connector-sdk';
import { z } from 'zod';

/**
 * A test-only connector whose one action copies every record of a
 * cursor-paginated API, heartbeating the next cursor after each page the way
 * real sync actions are meant to.
 */

const RecordPage = z.object({
  records: z.array(z.object({ id: z.string() })),
  next_cursor: z.string().nullable(),
});

const syncRecords = defineAction({
  name: 'syncRecords',
  displayName: 'Sync records',
  input: z.object({ baseUrl: z.url() }),
  output: z.object({
    /** by this attempt */
    pagesFetched: z.number().int(),
    recordsSynced: z.number().int(),
    resumedFrom: z.string().nullable(),
  }),
  async run(ctx, input) {
    const api = createHttpClient({ baseUrl: input.baseUrl, logger: ctx.logger, signal: ctx.signal });
    let pagesFetched = 0;
    let recordsSynced = 0;
    for await (const page of paginateByCursor(api, {
      request: { method: 'GET', url: 'records', responseSchema: RecordPage },
      nextCursor: (body) => body.next_cursor,
      resumeFrom: ctx.resumeFrom,
    })) {
      pagesFetched += 1;
      recordsSynced += page.body.records.length;
      ctx.heartbeat(page.next);
    }
    return { pagesFetched, recordsSynced, resumedFrom: typeof ctx.resumeFrom === 'string' ? ctx.resumeFrom : null };
  },
});

export const pagedSyncConnector = defineConnector({
  name: 'paged-sync',
  version: '1.0.0',
  displayName: 'Paged sync (test)',
  auth: z.undefined(), // the test API is open: steps name no connection
  actions: { syncRecords },
});
