-- Version 2 (docs/serve.md, "The store"): the layout that keeps ingestion and the figures fast. Runs unchanged on
-- DuckDB and PostgreSQL, in one transaction.
-- * One row per prediction, with its label once the label is known: a window's rows are read without a join.
-- * Labels whose prediction is not stored yet wait in pending_labels; the prediction takes its label on arrival.
-- * The counts of /v1/stats are kept in event_counts, in the same transaction as every write; writes counts the
--   write transactions, so that a server notices writes by another server on the same store.
-- * The predictions' ids have no key here: DuckDB's index would cost about half of every write there, and the
--   service keeps ids unique itself. PostgreSQL adds its key (postgresql/V3), which it needs for ON CONFLICT.
-- * Features are stored in typed columns (f1, f2, ...) that the service adds from the configuration's feature
--   schema and lists in feature_columns. Rows stored by version 1 keep their features as JSON text in
--   legacy_features until the service has moved them into those columns (at start-up).
CREATE TABLE stored_predictions (
    id                VARCHAR(200) NOT NULL,
    ts_ms             BIGINT NOT NULL,
    prediction        VARCHAR(1000),
    score             DOUBLE PRECISION,
    received_ms       BIGINT NOT NULL,
    label             VARCHAR(1000),
    label_ts_ms       BIGINT,
    label_received_ms BIGINT,
    legacy_features   VARCHAR
);

INSERT INTO stored_predictions (id, ts_ms, prediction, score, received_ms, label, label_ts_ms, label_received_ms,
                                legacy_features)
SELECT p.id, p.ts_ms, p.prediction, p.score, p.received_ms, l.label, l.ts_ms, l.received_ms, p.features
FROM predictions p LEFT JOIN labels l ON l.id = p.id;

CREATE TABLE pending_labels (
    id          VARCHAR(200) PRIMARY KEY,
    label       VARCHAR(1000) NOT NULL,
    ts_ms       BIGINT NOT NULL,
    received_ms BIGINT NOT NULL
);

INSERT INTO pending_labels (id, label, ts_ms, received_ms)
SELECT l.id, l.label, l.ts_ms, l.received_ms FROM labels l
WHERE NOT EXISTS (SELECT 1 FROM predictions p WHERE p.id = l.id);

DROP TABLE labels;

DROP TABLE predictions;

ALTER TABLE stored_predictions RENAME TO predictions;

CREATE TABLE event_counts (
    predictions BIGINT NOT NULL,
    labels      BIGINT NOT NULL,
    joined      BIGINT NOT NULL,
    writes      BIGINT NOT NULL
);

INSERT INTO event_counts (predictions, labels, joined, writes)
SELECT count(*), count(label) + (SELECT count(*) FROM pending_labels), count(label), 0 FROM predictions;

CREATE TABLE feature_columns (
    column_name VARCHAR(63) PRIMARY KEY,
    feature     VARCHAR(1000) NOT NULL,
    storage     VARCHAR(20) NOT NULL
);
