--liquibase formatted sql

-- Pupil-record tabs (issue 3): a plan review that starts a new assessment, and the indexes the
-- profile and action-plan tabs need at school-trust scale. Liquibase identifies what it applied by
-- id, author and this file's path (db/changelog/tabs.sql): never edit or reorder an applied change;
-- add new ones at the end. Portable SQL only (H2 2.x, PostgreSQL).

--changeset tabs:1-review-starts-assessment
--comment: The draft assessment a plan review started (NULL when it started none, and for older reviews).
ALTER TABLE plan_review ADD COLUMN new_assessment_id BIGINT REFERENCES assessment (id);
--rollback ALTER TABLE plan_review DROP COLUMN new_assessment_id;
