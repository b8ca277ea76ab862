-- Dictionaries (providers, geo, number statuses), projects with their settings and members,
-- phone numbers with the counters the project list shows, and background jobs.

-- Managers also read the dictionaries.
UPDATE roles SET permissions = permissions || ARRAY['providers.read', 'geo.read', 'statuses.read']
 WHERE name = 'manager';

-- The business day counters are kept in ("today" in the project list): Moscow time.
CREATE FUNCTION numbase_day(t timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT (t AT TIME ZONE 'Europe/Moscow')::date $$;

CREATE TABLE providers (
  id         serial PRIMARY KEY,
  code       text NOT NULL CHECK (code ~ '^[A-Za-z0-9_.-]{1,32}$'),
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  type       text NOT NULL DEFAULT '' CHECK (length(type) <= 100),
  contact    text NOT NULL DEFAULT '' CHECK (length(contact) <= 500),
  is_active  boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX providers_code_key ON providers (lower(code));

CREATE TABLE geo (
  id         serial PRIMARY KEY,
  country    char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
  region     text,
  city       text,
  name       text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  name_en    text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  timezone   text NOT NULL,
  is_active  boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (city IS NULL OR region IS NOT NULL)
);
CREATE UNIQUE INDEX geo_place_key ON geo (country, coalesce(region, ''), coalesce(city, ''));

CREATE TABLE number_statuses (
  id           smallserial PRIMARY KEY,
  code         text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9_]{0,49}$'),
  name_ru      text NOT NULL CHECK (length(name_ru) BETWEEN 1 AND 100),
  name_en      text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
  color        text NOT NULL DEFAULT '#9e9e9e' CHECK (color ~ '^#[0-9a-fA-F]{6}$'),
  sort_order   integer NOT NULL DEFAULT 0,
  is_processed boolean NOT NULL DEFAULT false,  -- the number has been worked
  is_success   boolean NOT NULL DEFAULT false,  -- counts as a conversion
  is_final     boolean NOT NULL DEFAULT false,  -- no further work expected
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);
INSERT INTO number_statuses (code, name_ru, name_en, color, sort_order, is_processed, is_success, is_final) VALUES
  ('new',         'Новый',          'New',            '#2196f3', 10, false, false, false),
  ('in_progress', 'В работе',       'In progress',    '#ff9800', 20, true,  false, false),
  ('no_answer',   'Не отвечает',    'No answer',      '#9e9e9e', 30, true,  false, false),
  ('callback',    'Перезвонить',    'Call back',      '#00bcd4', 40, true,  false, false),
  ('success',     'Успех',          'Success',        '#4caf50', 50, true,  true,  true),
  ('refused',     'Отказ',          'Refused',        '#f44336', 60, true,  false, true),
  ('invalid',     'Неверный номер', 'Invalid number', '#795548', 70, true,  false, true);

CREATE TABLE projects (
  id               bigserial PRIMARY KEY,
  name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
  tag              text NOT NULL DEFAULT '' CHECK (length(tag) <= 50),
  type             text NOT NULL DEFAULT '' CHECK (length(type) <= 50),
  is_active        boolean NOT NULL DEFAULT true,
  daily_limit      integer NOT NULL DEFAULT 0 CHECK (daily_limit >= 0),  -- 0: no limit
  description      text NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
  created_by       bigint REFERENCES users (id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  deleted_at       timestamptz,
  deleted_by       bigint REFERENCES users (id),
  delete_reason    text,
  purge_job_id     bigint,  -- set once permanent deletion is under way
  -- counters, kept by the triggers on phone_numbers
  received_total   bigint NOT NULL DEFAULT 0,
  last_received_at timestamptz
);
CREATE INDEX projects_deleted_idx ON projects (deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE project_providers (
  project_id  bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  provider_id integer NOT NULL REFERENCES providers (id),
  PRIMARY KEY (project_id, provider_id)
);
CREATE INDEX project_providers_provider_idx ON project_providers (provider_id);

CREATE TABLE project_geo (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  geo_id     integer NOT NULL REFERENCES geo (id),
  PRIMARY KEY (project_id, geo_id)
);
CREATE INDEX project_geo_geo_idx ON project_geo (geo_id);

-- Weekdays a project receives numbers (ISO: 1 = Monday), optionally limited to time windows
-- in the geo's local time. A day without a window is the whole day.
CREATE TABLE project_schedule (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  weekday    smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_time time,
  end_time   time,
  CHECK ((start_time IS NULL) = (end_time IS NULL)),
  CHECK (start_time IS NULL OR start_time < end_time)
);
CREATE INDEX project_schedule_project_idx ON project_schedule (project_id, weekday);

CREATE TABLE project_members (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  user_id    bigint NOT NULL REFERENCES users (id),
  added_at   timestamptz NOT NULL DEFAULT now(),
  added_by   bigint REFERENCES users (id),
  PRIMARY KEY (project_id, user_id)
);
CREATE INDEX project_members_user_idx ON project_members (user_id);

-- Per project and business day: numbers received, and how many of them were already in
-- another project (cross-project duplicates).
CREATE TABLE project_daily_counters (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  day        date NOT NULL,
  received   bigint NOT NULL DEFAULT 0,
  duplicates bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, day)
);

-- Numbers per project and status: exact totals for the numbers list without counting rows.
CREATE TABLE project_status_counters (
  project_id bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  status_id  smallint NOT NULL REFERENCES number_statuses (id),
  count      bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, status_id)
);

CREATE TABLE phone_numbers (
  id            bigserial PRIMARY KEY,
  project_id    bigint NOT NULL REFERENCES projects (id),
  phone         bigint NOT NULL CHECK (phone > 0),  -- E.164 digits without the '+'
  provider_id   integer REFERENCES providers (id),
  geo_id        integer REFERENCES geo (id),
  status_id     smallint NOT NULL REFERENCES number_statuses (id),
  assigned_to   bigint REFERENCES users (id),
  company       text CHECK (length(company) <= 500),
  site          text CHECK (length(site) <= 500),
  email         text CHECK (length(email) <= 255),
  comment       text CHECK (length(comment) <= 5000),
  reminder_at   timestamptz,
  is_favourite  boolean NOT NULL DEFAULT false,
  call_attempts integer NOT NULL DEFAULT 0,
  last_call_at  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
-- One number once per project; also serves lookups within a project.
CREATE UNIQUE INDEX phone_numbers_project_phone_key ON phone_numbers (project_id, phone);
-- The same number across projects (cross-project duplicates, lookup by number).
CREATE INDEX phone_numbers_phone_idx ON phone_numbers (phone);
-- The list: every filter with the default sort (created, newest first via a backward scan),
-- so that each page, however deep, is an index range scan.
CREATE INDEX phone_numbers_created_idx ON phone_numbers (created_at, id);
CREATE INDEX phone_numbers_project_created_idx ON phone_numbers (project_id, created_at, id);
CREATE INDEX phone_numbers_project_status_created_idx ON phone_numbers (project_id, status_id, created_at, id);
CREATE INDEX phone_numbers_status_created_idx ON phone_numbers (status_id, created_at, id);
CREATE INDEX phone_numbers_provider_created_idx ON phone_numbers (provider_id, created_at, id);
CREATE INDEX phone_numbers_geo_created_idx ON phone_numbers (geo_id, created_at, id);
CREATE INDEX phone_numbers_assigned_created_idx ON phone_numbers (assigned_to, created_at, id)
  WHERE assigned_to IS NOT NULL;
CREATE INDEX phone_numbers_favourite_created_idx ON phone_numbers (created_at, id) WHERE is_favourite;
CREATE INDEX phone_numbers_updated_idx ON phone_numbers (updated_at, id);
CREATE INDEX phone_numbers_reminder_idx ON phone_numbers (reminder_at, id) WHERE reminder_at IS NOT NULL;
-- Search by any part of the digits: every 4-digit window of the number, as integers, in a GIN
-- index. A search for 4+ digits needs all of its windows (then LIKE confirms the order); with
-- 10,000 possible windows each one's list is short, unlike trigrams of digits (only 1,000).
CREATE FUNCTION phone_grams(digits text) RETURNS integer[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT array_agg(DISTINCT substr(digits, i, 4)::integer) FROM generate_series(1, length(digits) - 3) AS i $$;
CREATE INDEX phone_numbers_phone_grams_idx ON phone_numbers USING gin (phone_grams(phone::text));

-- Counters move with the rows, set-based, once per statement (COPY included).
CREATE FUNCTION phone_numbers_count_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE projects p
     SET received_total = p.received_total + n.received,
         last_received_at = greatest(p.last_received_at, n.last_at)
    FROM (SELECT project_id, count(*) AS received, max(created_at) AS last_at
            FROM inserted GROUP BY project_id) n
   WHERE p.id = n.project_id;

  INSERT INTO project_daily_counters AS c (project_id, day, received, duplicates)
  SELECT i.project_id, numbase_day(i.created_at), count(*),
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM phone_numbers o
                                         WHERE o.phone = i.phone AND o.project_id <> i.project_id))
    FROM inserted i
   GROUP BY 1, 2
  ON CONFLICT (project_id, day) DO UPDATE
     SET received = c.received + excluded.received, duplicates = c.duplicates + excluded.duplicates;

  INSERT INTO project_status_counters AS c (project_id, status_id, count)
  SELECT project_id, status_id, count(*) FROM inserted GROUP BY 1, 2
  ON CONFLICT (project_id, status_id) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END $$;

CREATE FUNCTION phone_numbers_count_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO project_status_counters AS c (project_id, status_id, count)
  SELECT project_id, status_id, sum(delta) FROM (
      SELECT project_id, status_id, -count(*) AS delta FROM before_rows GROUP BY 1, 2
      UNION ALL
      SELECT project_id, status_id, count(*) FROM after_rows GROUP BY 1, 2) d
   GROUP BY 1, 2 HAVING sum(delta) <> 0
  ON CONFLICT (project_id, status_id) DO UPDATE SET count = c.count + excluded.count;
  RETURN NULL;
END $$;

CREATE FUNCTION phone_numbers_count_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE project_status_counters c SET count = c.count - d.removed
    FROM (SELECT project_id, status_id, count(*) AS removed FROM deleted GROUP BY 1, 2) d
   WHERE c.project_id = d.project_id AND c.status_id = d.status_id;
  RETURN NULL;
END $$;

CREATE TRIGGER phone_numbers_inserted AFTER INSERT ON phone_numbers
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION phone_numbers_count_inserted();
CREATE TRIGGER phone_numbers_updated AFTER UPDATE ON phone_numbers
  REFERENCING OLD TABLE AS before_rows NEW TABLE AS after_rows
  FOR EACH STATEMENT EXECUTE FUNCTION phone_numbers_count_updated();
CREATE TRIGGER phone_numbers_deleted AFTER DELETE ON phone_numbers
  REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION phone_numbers_count_deleted();

-- Background jobs. Workers claim with FOR UPDATE SKIP LOCKED and hold a lease they renew;
-- a job whose lease ran out (its worker died) is claimed again.
CREATE TABLE jobs (
  id             bigserial PRIMARY KEY,
  kind           text NOT NULL,
  payload        jsonb NOT NULL DEFAULT '{}',
  status         text NOT NULL DEFAULT 'queued'
                 CHECK (status IN ('queued', 'running', 'completed', 'failed', 'cancelled')),
  progress_done  bigint NOT NULL DEFAULT 0,
  progress_total bigint,
  result         jsonb,
  error          text,
  requested_by   bigint REFERENCES users (id),
  attempts       integer NOT NULL DEFAULT 0,
  locked_by      text,
  locked_until   timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  started_at     timestamptz,
  finished_at    timestamptz,
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_pending_idx ON jobs (id) WHERE status IN ('queued', 'running');
ALTER TABLE projects ADD FOREIGN KEY (purge_job_id) REFERENCES jobs (id);
