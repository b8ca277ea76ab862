-- SFTP feeds (issue 13): hosts with their pinned keys, schedules, and the log of every run.
CREATE TABLE sftp_configs (
  id                   serial PRIMARY KEY,
  name                 text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  host                 text NOT NULL CHECK (length(host) BETWEEN 1 AND 255),
  port                 integer NOT NULL DEFAULT 22 CHECK (port BETWEEN 1 AND 65535),
  username             text NOT NULL CHECK (length(username) BETWEEN 1 AND 100),
  auth_method          text NOT NULL CHECK (auth_method IN ('password', 'key')),
  secrets              bytea NOT NULL,  -- sealed JSON {password, private_key, passphrase} (core/secrets.hpp)
  secret_flags         integer NOT NULL DEFAULT 0,  -- which are set: 1 password, 2 private key, 4 passphrase
  remote_directory     text NOT NULL DEFAULT '/' CHECK (length(remote_directory) BETWEEN 1 AND 1000),
  is_active            boolean NOT NULL DEFAULT true,
  host_key_fingerprint text,           -- the accepted key, "SHA256:<base64>"; nothing is sent to the host without it
  seen_host_key        text,           -- the key the last connection met when it was not the accepted one
  last_test_at         timestamptz,
  last_test_ok         boolean,
  last_test_error      text,
  created_by           bigint REFERENCES users (id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX sftp_configs_name_key ON sftp_configs (lower(name));

CREATE TABLE sftp_schedules (
  id          serial PRIMARY KEY,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  config_id   integer NOT NULL REFERENCES sftp_configs (id),
  direction   text NOT NULL CHECK (direction IN ('import', 'export')),
  cron        text NOT NULL CHECK (length(cron) BETWEEN 1 AND 200),
  timezone    text NOT NULL DEFAULT 'Europe/Moscow',
  is_enabled  boolean NOT NULL DEFAULT true,
  settings    jsonb NOT NULL,  -- the import's source and target, or the export's filter and file (sftp/settings.cpp)
  next_run_at timestamptz,     -- when enabled: the next time the cron expression names
  created_by  bigint REFERENCES users (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sftp_schedules_due_idx ON sftp_schedules (next_run_at) WHERE is_enabled;

-- One run: a background job that lists, downloads and imports, or exports and uploads.
CREATE TABLE sftp_runs (
  id            bigserial PRIMARY KEY,
  job_id        bigint NOT NULL UNIQUE REFERENCES jobs (id),
  schedule_id   integer REFERENCES sftp_schedules (id) ON DELETE SET NULL,
  config_id     integer NOT NULL REFERENCES sftp_configs (id) ON DELETE CASCADE,
  direction     text NOT NULL CHECK (direction IN ('import', 'export')),
  settings      jsonb NOT NULL,  -- the schedule's settings when the run was queued
  remote_path   text NOT NULL,
  trigger       text NOT NULL CHECK (trigger IN ('schedule', 'manual')),
  files_seen    integer NOT NULL DEFAULT 0,
  files_taken   integer NOT NULL DEFAULT 0,
  files_skipped integer NOT NULL DEFAULT 0,
  bytes         bigint NOT NULL DEFAULT 0,
  requested_by  bigint REFERENCES users (id),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sftp_runs_created_idx ON sftp_runs (created_at DESC, id DESC);
CREATE INDEX sftp_runs_schedule_idx ON sftp_runs (schedule_id, id DESC);

-- What a run did with each remote file.
CREATE TABLE sftp_run_files (
  id          bigserial PRIMARY KEY,
  run_id      bigint NOT NULL REFERENCES sftp_runs (id) ON DELETE CASCADE,
  name        text NOT NULL,
  size        bigint,
  modified_at timestamptz,
  action      text NOT NULL CHECK (action IN ('taken', 'skipped', 'uploaded', 'failed')),
  reason      text,
  import_id   bigint REFERENCES imports (id) ON DELETE SET NULL,
  export_id   bigint REFERENCES exports (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sftp_run_files_run_idx ON sftp_run_files (run_id, id);

-- The files a schedule has taken: each remote file (by name, size and modification time) once.
CREATE TABLE sftp_taken_files (
  schedule_id integer NOT NULL REFERENCES sftp_schedules (id) ON DELETE CASCADE,
  name        text NOT NULL,
  size        bigint NOT NULL,
  modified_at timestamptz NOT NULL,
  import_id   bigint REFERENCES imports (id) ON DELETE SET NULL,
  taken_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (schedule_id, name, size, modified_at)
);
