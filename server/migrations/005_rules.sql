-- Coverage (DESIGN.md "rule"): rules are entities of their own type, served by the same feed.
ALTER TABLE entities DROP CONSTRAINT entities_type_check;
ALTER TABLE entities ADD CONSTRAINT entities_type_check
  CHECK (type IN ('bucket', 'mission', 'goal', 'intent', 'link', 'rule'));
