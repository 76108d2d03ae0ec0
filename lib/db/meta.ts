import { z } from 'zod';
import type { ThroughlineDb } from './database';

/**
 * Small typed records kept in the `meta` table. Each is parsed on read, so a row written by an
 * older version or damaged on disk reads as "absent" instead of crashing a surface.
 */
export const ConnectionSchema = z.object({
  apiUrl: z.string().url(),
  token: z.string().min(1),
  workspaceId: z.string(),
  workspaceName: z.string(),
  userName: z.string(),
  connectedAt: z.string(),
});
export type Connection = z.infer<typeof ConnectionSchema>;

export const SyncStatusSchema = z.object({
  running: z.boolean().default(false),
  lastSuccessAt: z.string().optional(),
  lastAttemptAt: z.string().optional(),
  lastError: z.string().optional(),
  /** What kind of failure lastError is, so surfaces can pick their words and actions. */
  lastErrorKind: z.string().optional(),
  /** True when the last attempt failed because the network or the API could not be reached. */
  offline: z.boolean().default(false),
  /** Failed attempts in a row, for the retry backoff; 0 after a success. */
  failures: z.number().int().nonnegative().default(0),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

/**
 * Standalone mode: a context file imported in the options page stands in for a server. Written in
 * the same transaction as the imported rows; absent whenever a connection exists.
 */
export const StandaloneSchema = z.object({
  workspaceName: z.string(),
  importedAt: z.string(),
  /** The imported file's name, to remind people where the context came from. */
  fileName: z.string().optional(),
});
export type Standalone = z.infer<typeof StandaloneSchema>;

const records = {
  connection: ConnectionSchema,
  standalone: StandaloneSchema,
  syncStatus: SyncStatusSchema,
  cursor: z.string(),
  /** This installation's id, sent with mutations. */
  clientId: z.string(),
} as const;
type MetaKey = keyof typeof records;
type MetaValue<K extends MetaKey> = z.infer<(typeof records)[K]>;
type MetaInput<K extends MetaKey> = z.input<(typeof records)[K]>;

export async function readMeta<K extends MetaKey>(
  db: ThroughlineDb,
  key: K,
): Promise<MetaValue<K> | undefined> {
  const row = await db.meta.get(key);
  const parsed = records[key].safeParse(row?.value);
  return parsed.success ? (parsed.data as MetaValue<K>) : undefined;
}

export async function writeMeta<K extends MetaKey>(
  db: ThroughlineDb,
  key: K,
  value: MetaInput<K>,
): Promise<void> {
  await db.meta.put({ key, value: records[key].parse(value) });
}

export async function updateSyncStatus(
  db: ThroughlineDb,
  patch: Partial<SyncStatus>,
): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = (await readMeta(db, 'syncStatus')) ?? {
      running: false,
      offline: false,
      failures: 0,
    };
    await writeMeta(db, 'syncStatus', { ...current, ...patch });
  });
}
