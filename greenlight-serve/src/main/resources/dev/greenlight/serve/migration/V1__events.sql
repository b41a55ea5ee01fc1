-- Predictions and labels as a serving system sends them (docs/serve.md). Runs unchanged on DuckDB and PostgreSQL.
-- Times are milliseconds since the epoch (UTC), so windows are integer arithmetic on both databases.
CREATE TABLE predictions (
    id          VARCHAR(200) PRIMARY KEY,
    ts_ms       BIGINT NOT NULL,
    prediction  VARCHAR(1000),
    score       DOUBLE PRECISION,
    features    VARCHAR NOT NULL,
    received_ms BIGINT NOT NULL
);

CREATE TABLE labels (
    id          VARCHAR(200) PRIMARY KEY,
    label       VARCHAR(1000) NOT NULL,
    ts_ms       BIGINT NOT NULL,
    received_ms BIGINT NOT NULL
);
