-- PostgreSQL only. The ids are compared as bytes (collation "C"), as DuckDB compares them. An id is an opaque key:
-- equality was byte equality already (deterministic collations), and no figure depends on the ids' order. With the
-- database's default collation every comparison in the keys' B-trees went through the locale's string comparison:
-- an insert of 1,000 predictions into a store of 600,000 took PostgreSQL 21 ms with the default collation (C.UTF-8)
-- and 13.5 ms with "C" (BENCHMARKS.md, "Serve"); other locales cost more. Only the indexes are rebuilt, not the tables.
ALTER TABLE predictions ALTER COLUMN id TYPE VARCHAR(200) COLLATE "C";

ALTER TABLE pending_labels ALTER COLUMN id TYPE VARCHAR(200) COLLATE "C";
