import { describe, expect, it } from 'vitest';
import { describeStoreChoice } from '../../server/open-store';
import { settingsFromEnv } from '../../server/settings';
import { withoutJit } from '../../server/store/postgres';

describe('settings from the environment', () => {
  it('defaults to 1200 requests per minute per token and 90 days of deletes in the feed', () => {
    expect(settingsFromEnv({})).toEqual({
      rateLimitPerMinute: 1200,
      tombstoneRetentionMs: 90 * 24 * 60 * 60 * 1000,
    });
  });

  it('reads THROUGHLINE_RATE_LIMIT and THROUGHLINE_TOMBSTONE_RETENTION_DAYS', () => {
    expect(
      settingsFromEnv({ THROUGHLINE_RATE_LIMIT: '0', THROUGHLINE_TOMBSTONE_RETENTION_DAYS: '0.5' }),
    ).toEqual({ rateLimitPerMinute: 0, tombstoneRetentionMs: 12 * 60 * 60 * 1000 });
  });

  it('names each variable that is set wrong', () => {
    expect(() => settingsFromEnv({ THROUGHLINE_RATE_LIMIT: 'lots' })).toThrow(
      /THROUGHLINE_RATE_LIMIT must be a whole number/,
    );
    expect(() => settingsFromEnv({ THROUGHLINE_TOMBSTONE_RETENTION_DAYS: '-1' })).toThrow(
      /THROUGHLINE_TOMBSTONE_RETENTION_DAYS must be a number of days/,
    );
  });
});

describe('choice of database', () => {
  it('uses PostgreSQL when DATABASE_URL is set, unless a data directory is given', () => {
    const env = { DATABASE_URL: 'postgres://db/throughline' };
    expect(describeStoreChoice({}, env)).toEqual({ kind: 'postgres', url: env.DATABASE_URL });
    expect(describeStoreChoice({ dataDir: 'memory' }, env)).toEqual({
      kind: 'pglite',
      dataDir: 'memory',
    });
    expect(
      describeStoreChoice({ databaseUrl: 'postgres://other/x', dataDir: 'memory' }, env),
    ).toEqual({
      kind: 'postgres',
      url: 'postgres://other/x',
    });
  });

  it('uses the embedded database in .throughline/data without DATABASE_URL', () => {
    expect(describeStoreChoice({}, {})).toMatchObject({ kind: 'pglite' });
  });
});

describe('PostgreSQL connection string', () => {
  it('turns JIT off and keeps the startup options already there', () => {
    expect(new URL(withoutJit('postgres://u:p@db:5432/x')).searchParams.get('options')).toBe(
      '-c jit=off',
    );
    const withPath = withoutJit(
      'postgres://u:p@db/x?options=-c%20search_path%3Ds1&sslmode=require',
    );
    expect(new URL(withPath).searchParams.get('options')).toBe('-c search_path=s1 -c jit=off');
    expect(new URL(withPath).searchParams.get('sslmode')).toBe('require');
  });
});
