-- Throughline context API: initial schema. Applied once, in a transaction, by server/migrate.ts.

-- The workspace this server serves: one row. Its id is random per data directory, so a cursor
-- from a wiped or different server is recognised (and answered with 410) instead of misread.
CREATE TABLE workspace (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  id text NOT NULL,
  name text NOT NULL
);
INSERT INTO workspace (id, name) VALUES (gen_random_uuid()::text, 'Untitled workspace');

-- The last version handed out. Writers take this row's lock for their whole transaction, which
-- is what makes versions become visible in order (see server/versions.ts).
CREATE TABLE version_counter (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  v bigint NOT NULL
);
INSERT INTO version_counter (v) VALUES (0);

-- A compacted change log: one row per entity holding its latest version. A delete keeps the row
-- as a tombstone (deleted = true) so that readers past the old version learn about it.
-- `data` is the entity exactly as GET /v1/sync serves it, id, version and updatedAt included, so a
-- page is assembled without rebuilding each entity (the budget is 20 ms for 1000 changes).
CREATE TABLE entities (
  type text NOT NULL CHECK (type IN ('bucket', 'mission', 'goal', 'intent', 'link')),
  id text NOT NULL,
  data jsonb NOT NULL,
  version bigint NOT NULL UNIQUE,
  deleted boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (type, id)
);

-- API tokens, stored only as sha-256 hashes (hex). `name` names the token (unique among live
-- tokens, so it can be revoked by name); `user_name` is who acts with it.
CREATE TABLE tokens (
  id text PRIMARY KEY DEFAULT gen_random_uuid()::text,
  hash text NOT NULL UNIQUE,
  name text NOT NULL,
  user_name text NOT NULL,
  admin boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE UNIQUE INDEX tokens_live_name ON tokens (name) WHERE revoked_at IS NULL;

-- Ids of applied mutations, so that a retried request is answered `duplicate` and changes nothing.
CREATE TABLE applied_mutations (
  id text PRIMARY KEY,
  client_id text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);
