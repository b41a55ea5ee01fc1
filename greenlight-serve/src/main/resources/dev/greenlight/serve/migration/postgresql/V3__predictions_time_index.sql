-- PostgreSQL only (Flyway finds this folder; the DuckDB store's runner reads index.txt, which leaves it out): a
-- window reads the predictions of a time range, and without this index PostgreSQL would scan the whole table for it.
-- DuckDB needs none: its min-max index of each row group already skips the other times.
CREATE INDEX predictions_ts_ms ON predictions (ts_ms);
