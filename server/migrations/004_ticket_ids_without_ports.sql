-- Ticket ids carry no port (DESIGN.md "Ticket ids"): `jira:jira.example.com:8443/PAY-42` is
-- `jira:jira.example.com/PAY-42`. Links stored under an id with a port move to the id without
-- it, through the feed like any write: the old id becomes a tombstone and the new one a put, each
-- with a fresh version, so clients that synced the old id learn of both. When both forms exist,
-- the most recently written link wins (versions order writes) and the other is dropped, never
-- duplicated. Runs under the writers' lock (server/versions.ts) like every write.
DO $$
DECLARE
  start_version bigint;
  next_version bigint;
  moved record;
  port_free text;
  holder record;
  stamp text := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
BEGIN
  SELECT v INTO start_version FROM version_counter FOR UPDATE;
  FOR moved IN
    SELECT id, data, version FROM entities
    WHERE type = 'link' AND NOT deleted AND id ~ '^[a-z]+:[^/:]+:[0-9]+/'
    ORDER BY version
  LOOP
    port_free := regexp_replace(moved.id, '^([a-z]+:[^/:]+):[0-9]+/', '\1/');
    SELECT version, deleted INTO holder FROM entities WHERE type = 'link' AND id = port_free;

    UPDATE version_counter SET v = v + 1 RETURNING v INTO next_version;
    UPDATE entities SET deleted = true, data = '{}'::jsonb, version = next_version, updated_at = now()
    WHERE type = 'link' AND id = moved.id;

    -- Taken over unless a link written after this one already holds the id (one this loop wrote
    -- came from an older row, since the loop runs in version order).
    IF holder IS NULL OR holder.deleted OR holder.version > start_version
       OR holder.version < moved.version THEN
      UPDATE version_counter SET v = v + 1 RETURNING v INTO next_version;
      INSERT INTO entities (type, id, data, version, deleted, updated_at)
      VALUES ('link', port_free,
              moved.data || jsonb_build_object('id', port_free, 'ticketId', port_free,
                                               'version', next_version, 'updatedAt', stamp),
              next_version, false, now())
      ON CONFLICT (type, id) DO UPDATE
        SET data = excluded.data, version = excluded.version, deleted = false,
            updated_at = excluded.updated_at;
    END IF;
  END LOOP;
END $$;
