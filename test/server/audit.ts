import type { Store } from '../../server/store/store';

/** One write to `entities` as it happened, before compaction replaced it. */
export interface AuditRow {
  key: string;
  version: number;
  deleted: boolean;
}

/**
 * Records every row version ever written to `entities`, which itself keeps only the latest: the
 * full history the feed is checked against. Test-only; it lives in the test's own database.
 */
export async function installAudit(store: Store): Promise<void> {
  await store.exec(`
    CREATE TABLE entity_audit (type text, id text, version bigint, deleted boolean);
    CREATE FUNCTION entity_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO entity_audit VALUES (NEW.type, NEW.id, NEW.version, NEW.deleted);
      RETURN NEW;
    END $$;
    CREATE TRIGGER entity_audit AFTER INSERT OR UPDATE ON entities
      FOR EACH ROW EXECUTE FUNCTION entity_audit_row();`);
}

export async function readAudit(store: Store): Promise<AuditRow[]> {
  const rows = await store.query<{
    type: string;
    id: string;
    version: number | string;
    deleted: boolean;
  }>('SELECT type, id, version, deleted FROM entity_audit ORDER BY version');
  return rows.map((row) => ({
    key: `${row.type}:${row.id}`,
    version: Number(row.version),
    deleted: row.deleted,
  }));
}

/** The live entities as the database holds them, keyed `type:id`. */
export async function liveEntities(store: Store): Promise<Map<string, unknown>> {
  const rows = await store.query<{ type: string; id: string; data: unknown }>(
    'SELECT type, id, data FROM entities WHERE NOT deleted',
  );
  return new Map(rows.map((row) => [`${row.type}:${row.id}`, row.data]));
}
