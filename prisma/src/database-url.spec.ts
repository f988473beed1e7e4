import { describe, expect, it } from 'vitest';
import { describeDatabaseUrl, InvalidDatabaseUrlError, parseDatabaseUrl, withDatabase } from './database-url';

describe('database URLs', () => {
  it('splits a URL into the fields pg takes, decoding escaped credentials', () => {
    expect(parseDatabaseUrl('postgresql://app%40corp:p%3Ass@db.internal:6543/tributary?schema=public')).toEqual({
      host: 'db.internal',
      port: 6543,
      user: 'app@corp',
      password: 'p:ss',
      database: 'tributary',
    });
  });

  it('defaults the port and leaves an absent user or password undefined', () => {
    expect(parseDatabaseUrl('postgres://127.0.0.1/tributary')).toEqual({
      host: '127.0.0.1',
      port: 5432,
      user: undefined,
      password: undefined,
      database: 'tributary',
    });
  });

  it('points the same server and credentials at another database', () => {
    expect(withDatabase('postgresql://u:p@h:1/app?sslmode=disable', 'postgres')).toBe(
      'postgresql://u:p@h:1/postgres?sslmode=disable',
    );
  });

  it('describes a URL for logs without its credentials', () => {
    expect(describeDatabaseUrl('postgresql://admin:s3cret@db:5432/tributary')).toBe('db:5432/tributary');
  });

  it('rejects other schemes, URLs without a database, and garbage, without echoing them', () => {
    for (const url of ['mysql://u:s3cret@h/db', 'postgresql://u:s3cret@h', 'not a url s3cret']) {
      expect(() => parseDatabaseUrl(url)).toThrow(InvalidDatabaseUrlError);
      expect(() => parseDatabaseUrl(url)).not.toThrow(/s3cret/);
    }
  });
});
