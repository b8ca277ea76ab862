-- Imports and exports of numbers, and what the job queue needs for them: retries with
-- backoff, cancellation, and a wake-up for workers and progress watchers (LISTEN/NOTIFY).

ALTER TABLE jobs
  ADD COLUMN run_after        timestamptz NOT NULL DEFAULT now(),  -- a retry waits until then
  ADD COLUMN max_attempts     integer NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
  ADD COLUMN cancel_requested boolean NOT NULL DEFAULT false;

-- Every new or changed job wakes the workers and progress streams of every process.
CREATE FUNCTION jobs_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('numbase_jobs', NEW.id::text);
  RETURN NULL;
END $$;
CREATE TRIGGER jobs_changed AFTER INSERT OR UPDATE ON jobs
  FOR EACH ROW EXECUTE FUNCTION jobs_notify();

CREATE TABLE imports (
  id                 bigserial PRIMARY KEY,
  job_id             bigint NOT NULL UNIQUE REFERENCES jobs (id),
  project_id         bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  provider_id        integer REFERENCES providers (id),
  geo_id             integer REFERENCES geo (id),
  region             char(2) NOT NULL DEFAULT 'RU' CHECK (region ~ '^[A-Z]{2}$'),
  filename           text NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
  file_size          bigint NOT NULL,
  file_kind          text NOT NULL CHECK (file_kind IN ('csv', 'xlsx', 'xls')),
  columns            jsonb,  -- the user's column mapping, or null to recognize the header
  created_by         bigint NOT NULL REFERENCES users (id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  -- the outcome, written when the job commits
  total_rows         bigint,
  imported_rows      bigint,
  duplicates_in_file bigint,
  already_in_project bigint,
  failed_rows        bigint,
  errors             jsonb  -- the first 100 row errors; the full report is a file
);
CREATE INDEX imports_created_idx ON imports (created_at DESC, id DESC);
CREATE INDEX imports_project_idx ON imports (project_id);

CREATE TABLE exports (
  id          bigserial PRIMARY KEY,
  job_id      bigint NOT NULL UNIQUE REFERENCES jobs (id),
  format      text NOT NULL CHECK (format IN ('csv', 'xlsx')),
  delimiter   text NOT NULL DEFAULT ';' CHECK (delimiter IN (',', ';')),
  language    text NOT NULL DEFAULT 'ru' CHECK (language IN ('ru', 'en')),  -- of the header and names
  filters     jsonb NOT NULL DEFAULT '{}',  -- the numbers list's filters, as query parameters
  filename    text NOT NULL,
  created_by  bigint NOT NULL REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  row_count   bigint,
  file_size   bigint,
  expires_at  timestamptz,  -- set on completion; the file is removed after it
  removed_at  timestamptz
);
CREATE INDEX exports_created_idx ON exports (created_at DESC, id DESC);
CREATE INDEX exports_expiring_idx ON exports (expires_at) WHERE removed_at IS NULL;

-- Managers see and download their own exports; imports are for administrators.
UPDATE roles SET permissions = permissions || ARRAY['exports.read']
 WHERE name = 'manager';
