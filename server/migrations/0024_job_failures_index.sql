-- /metrics counts failed jobs by kind on every scrape (the "import failures" alert, deploy/):
-- a small partial index keeps that read independent of how many jobs ever finished.
CREATE INDEX jobs_failed_kind_idx ON jobs (kind) WHERE status = 'failed';
