-- Tombstone pruning (server/sync/prune.ts). Tombstones older than the retention are deleted; a
-- client whose cursor is below the highest version pruned might have missed one of those deletes,
-- so GET /v1/sync answers its cursor with 410 and it starts over.
CREATE TABLE feed_horizon (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  -- The highest version of any pruned tombstone (0: nothing pruned yet). Only ever increases.
  pruned_through bigint NOT NULL
);
INSERT INTO feed_horizon (pruned_through) VALUES (0);

-- Pruning looks for old tombstones only; live rows stay out of this index.
CREATE INDEX entities_tombstones_by_age ON entities (updated_at) WHERE deleted;
