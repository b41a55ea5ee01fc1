-- PostgreSQL only (Flyway finds this folder; the DuckDB store's runner reads index.txt, which leaves it out).
-- The key of the predictions' ids: PostgreSQL's B-tree makes a lookup by id cheap, and ON CONFLICT (id) needs it.
-- DuckDB keeps ids unique without one (docs/serve.md, "The store").
ALTER TABLE predictions ADD PRIMARY KEY (id);

-- A window reads the predictions of a time range; without this index PostgreSQL would scan the whole table for it.
-- DuckDB needs none: its min-max index of each row group already skips the other times.
CREATE INDEX predictions_ts_ms ON predictions (ts_ms);
