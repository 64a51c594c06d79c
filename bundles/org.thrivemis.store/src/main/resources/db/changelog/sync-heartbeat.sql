--liquibase formatted sql

-- Which node runs a sync and when it last said it was alive, so a run left RUNNING by a process
-- that died can be told from one still running on another node sharing the database. Liquibase
-- identifies what it applied by id, author and this file's path (db/changelog/sync-heartbeat.sql):
-- never edit or reorder an applied change; add new ones at the end. Portable SQL (H2 2.x, PostgreSQL).

--changeset sync-heartbeat:1-node-and-heartbeat
--comment: node_id of the process running the sync; heartbeat_at renewed while it runs (NULL for runs recorded before).
ALTER TABLE sync_run ADD COLUMN node_id VARCHAR(64);
ALTER TABLE sync_run ADD COLUMN heartbeat_at TIMESTAMP WITH TIME ZONE;
--rollback ALTER TABLE sync_run DROP COLUMN heartbeat_at; ALTER TABLE sync_run DROP COLUMN node_id;
