--liquibase formatted sql

-- One row per roster source that nodes sharing the database lock (UPDATE ... takes the row lock) in
-- the transaction that records the start of a run: while one node holds it, it checks that no live
-- run of the source is RUNNING and records its own, so exactly one node's run starts. The row is a
-- mutex only; which run holds the source is read from sync_run (status RUNNING, heartbeat fresh).
-- Liquibase identifies what it applied by id, author and this file's path (db/changelog/sync-lock.sql):
-- never edit or reorder an applied change; add new ones at the end. Portable SQL (H2 2.x, PostgreSQL).

--changeset sync-lock:1-sync-source-lock
--comment: The per-source lock row of "one sync per source" across nodes; claimed_by/claimed_at say who last started a run.
CREATE TABLE sync_source_lock (
    source     VARCHAR(64) NOT NULL PRIMARY KEY,
    claimed_by VARCHAR(64) NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
--rollback DROP TABLE sync_source_lock;

--changeset sync-lock:2-sync-run-running-index
--comment: Finding the RUNNING runs of a source while holding its lock, without reading every run.
CREATE INDEX sync_run_source_status ON sync_run (source, status);
--rollback DROP INDEX sync_run_source_status;
