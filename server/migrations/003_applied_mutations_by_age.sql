-- Mutation ids are pruned with the tombstones, after the same retention (server/sync/prune.ts):
-- pruning looks them up by age.
CREATE INDEX applied_mutations_by_age ON applied_mutations (applied_at);
