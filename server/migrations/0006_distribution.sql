-- Distribution: the pool of numbers waiting for a project, what each project ever received,
-- the projects' distribution settings, and the record of every run.

-- A registry region that names two of the dictionary's regions ("г. Москва и Московская
-- область") maps to both: a project having either matches.
ALTER TABLE geo_region_aliases ADD COLUMN also_geo_id integer REFERENCES geo (id) ON DELETE CASCADE;

ALTER TABLE projects
  ADD COLUMN priority                   integer NOT NULL DEFAULT 0 CHECK (priority BETWEEN -1000 AND 1000),
  ADD COLUMN oldest_first               boolean NOT NULL DEFAULT false,
  ADD COLUMN sites_mode                 text NOT NULL DEFAULT 'include' CHECK (sites_mode IN ('include', 'exclude')),
  ADD COLUMN sites                      text[] NOT NULL DEFAULT '{}' CHECK (cardinality(sites) <= 10000),
  ADD COLUMN receive_again_after_days   integer CHECK (receive_again_after_days BETWEEN 1 AND 3650),
  ADD COLUMN return_unworked_after_days integer CHECK (return_unworked_after_days BETWEEN 1 AND 3650);

-- Numbers waiting for a project. One entry per number: the first supplier keeps it.
CREATE TABLE pool_numbers (
  id          bigserial PRIMARY KEY,
  phone       bigint NOT NULL UNIQUE CHECK (phone > 0),
  provider_id integer REFERENCES providers (id),
  import_id   bigint,  -- the import it came from (no FK: imports may be removed)
  arrived_at  timestamptz NOT NULL DEFAULT now(),
  geo_id      integer REFERENCES geo (id),         -- the number's region (or country), hence its time zone
  also_geo_id integer REFERENCES geo (id),         -- a second region the registry names with it
  operator    text CHECK (length(operator) <= 200),
  company     text CHECK (length(company) <= 500),
  site        text CHECK (length(site) <= 500),
  email       text CHECK (length(email) <= 255),
  comment     text CHECK (length(comment) <= 5000),
  returned_from bigint REFERENCES projects (id) ON DELETE SET NULL  -- set when a project gave it back
);
-- A project's candidates, freshest (or oldest) first, for its suppliers.
CREATE INDEX pool_numbers_provider_arrived_idx ON pool_numbers (provider_id, arrived_at, id);
CREATE INDEX pool_numbers_arrived_idx ON pool_numbers (arrived_at, id);
CREATE INDEX pool_numbers_geo_idx ON pool_numbers (geo_id);

-- Per supplier and business day: numbers that entered the pool and numbers that were
-- already there (another supplier's, or the same supplier's again).
CREATE TABLE pool_supplier_counters (
  provider_id integer REFERENCES providers (id) ON DELETE CASCADE,
  day         date NOT NULL,
  received    bigint NOT NULL DEFAULT 0,
  duplicates  bigint NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX pool_supplier_counters_key ON pool_supplier_counters (coalesce(provider_id, 0), day);

-- Every number a project was ever handed by the distribution, so that a purged or moved
-- number does not come back (unless the project allows it again after N days).
CREATE TABLE project_received (
  project_id  bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  phone       bigint NOT NULL,
  received_at timestamptz NOT NULL,
  PRIMARY KEY (project_id, phone)
);

-- Every distribution run: manual, scheduled, or one project's "get base".
CREATE TABLE distribution_runs (
  id          bigserial PRIMARY KEY,
  trigger     text NOT NULL CHECK (trigger IN ('manual', 'schedule', 'get_base')),
  project_id  bigint REFERENCES projects (id) ON DELETE SET NULL,  -- get_base: the project
  started_by  bigint REFERENCES users (id),
  job_id      bigint REFERENCES jobs (id),
  now_at      timestamptz NOT NULL,          -- the moment the rules were evaluated at
  started_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at timestamptz,
  handed      bigint NOT NULL DEFAULT 0,
  returned    bigint NOT NULL DEFAULT 0,
  results     jsonb NOT NULL DEFAULT '[]'    -- [{project_id, name, handed, reason}]
);
CREATE INDEX distribution_runs_started_idx ON distribution_runs (id DESC);

-- Administrators run the distribution; managers "get base" for their projects.
UPDATE roles SET permissions = permissions || ARRAY['projects.get_base', 'pool.read']
 WHERE name = 'manager';

-- A site reduced to its domain, as projects' site lists and numbers' sites are compared:
-- lower case, without scheme, "www.", port, path, query.
CREATE FUNCTION site_domain(s text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT nullif(regexp_replace(regexp_replace(lower(btrim(s)), '^[a-z][a-z0-9+.-]*://', ''),
                                   '^www\.|[/?#:].*$', '', 'g'), '') $$;
