-- The projects an export read (null: every project, an administrator's), so that a download
-- checks the requester may still see all of them.
ALTER TABLE exports ADD COLUMN project_ids bigint[];
