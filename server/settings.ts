import { z } from 'zod';
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from './http/rate-limit';
import { DAY_MS, DEFAULT_TOMBSTONE_RETENTION_DAYS } from './sync/prune';

/**
 * Settings read from the environment (CLI flags cover the rest). DATABASE_URL,
 * THROUGHLINE_DATA_DIR and THROUGHLINE_BOOTSTRAP_TOKEN are read where the store is opened.
 */
export interface Settings {
  /** THROUGHLINE_RATE_LIMIT: requests per minute per token, 0 for no limit. */
  rateLimitPerMinute: number;
  /** THROUGHLINE_TOMBSTONE_RETENTION_DAYS (fractions allowed): how long deletes stay in the feed. */
  tombstoneRetentionMs: number;
}

const number = (name: string, fallback: number, schema: z.ZodNumber) =>
  z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text.trim() === '') return fallback;
      const parsed = schema.safeParse(Number(text));
      if (parsed.success) return parsed.data;
      ctx.addIssue({ code: 'custom', message: `${name} must be ${schema.description}` });
      return z.NEVER;
    });

const EnvSchema = z.object({
  THROUGHLINE_RATE_LIMIT: number(
    'THROUGHLINE_RATE_LIMIT',
    DEFAULT_RATE_LIMIT_PER_MINUTE,
    z.number().int().min(0).describe('a whole number of requests per minute (0: no limit)'),
  ),
  THROUGHLINE_TOMBSTONE_RETENTION_DAYS: number(
    'THROUGHLINE_TOMBSTONE_RETENTION_DAYS',
    DEFAULT_TOMBSTONE_RETENTION_DAYS,
    z.number().min(0).max(36_500).describe('a number of days from 0 to 36500'),
  ),
});

/** The settings, or an Error naming each variable that is set wrong. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): Settings {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join('; '));
  return {
    rateLimitPerMinute: parsed.data.THROUGHLINE_RATE_LIMIT,
    tombstoneRetentionMs: parsed.data.THROUGHLINE_TOMBSTONE_RETENTION_DAYS * DAY_MS,
  };
}
