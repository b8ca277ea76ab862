-- Conversion counters (issue 11): every report reads these, never phone_numbers.
--
-- Three tables, each holding "cells" at two grains — a business day ('d', period = the day) and
-- a month ('m', period = its first day) — and three breakdowns: all of the project
-- (provider_id = 0, geo_id = 0), by supplier (provider_id, geo_id = 0) and by region
-- (provider_id = 0, geo_id). -1 stands for "none" (a number without a supplier or a region).
-- A range is read as its whole months plus the days at either end, so a year costs ~12 month
-- cells and at most ~60 day cells per project and status.
--
--   conversion_cohort    numbers received on `period` (their created_at) now in `status_id`:
--                        the state of a cohort; moves with every insert, update and delete;
--                        rebuildable from phone_numbers.
--   conversion_arrivals  numbers received on `period`, and how many were already in another
--                        project then: history, only ever added to.
--   conversion_activity  status changes made on `period`: how many numbers entered
--                        `status_id`, and how many of those became processed / successful by
--                        it (by the statuses' flags at that moment): history.
--
-- All three are changed by the statement triggers on phone_numbers, in the transaction that
-- changes the numbers, set-based (one upsert per statement).

ALTER TABLE providers ADD COLUMN price_per_number numeric(12, 2) CHECK (price_per_number >= 0);

CREATE FUNCTION conversion_period(grain "char", day date) RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT CASE grain WHEN 'm' THEN date_trunc('month', day)::date ELSE day END $$;

-- The six cells one change on `day` is written to: 2 grains × 3 breakdowns (all, by supplier,
-- by region). Every writer joins its grouped changes to this, LATERAL.
CREATE FUNCTION conversion_cells(day date, provider integer, geo integer)
RETURNS TABLE (grain "char", period date, provider_id integer, geo_id integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 6
AS $$
  SELECT g.grain, conversion_period(g.grain, day), b.provider_id, b.geo_id
    FROM (VALUES ('d'::"char"), ('m'::"char")) g (grain)
   CROSS JOIN (VALUES (0, 0), (coalesce(provider, -1), 0), (0, coalesce(geo, -1))) b (provider_id, geo_id)
$$;

CREATE TABLE conversion_cohort (
  project_id  bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  grain       "char" NOT NULL CHECK (grain IN ('d', 'm')),
  period      date NOT NULL,
  provider_id integer NOT NULL,
  geo_id      integer NOT NULL,
  status_id   smallint NOT NULL,
  numbers     bigint NOT NULL,
  PRIMARY KEY (project_id, grain, period, provider_id, geo_id, status_id)
);
CREATE INDEX conversion_cohort_slice_idx ON conversion_cohort (grain, provider_id, geo_id, period)
  INCLUDE (project_id, status_id, numbers);

CREATE TABLE conversion_arrivals (
  project_id  bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  grain       "char" NOT NULL CHECK (grain IN ('d', 'm')),
  period      date NOT NULL,
  provider_id integer NOT NULL,
  geo_id      integer NOT NULL,
  received    bigint NOT NULL,
  duplicates  bigint NOT NULL,
  PRIMARY KEY (project_id, grain, period, provider_id, geo_id)
);
CREATE INDEX conversion_arrivals_slice_idx ON conversion_arrivals (grain, provider_id, geo_id, period)
  INCLUDE (project_id, received, duplicates);

CREATE TABLE conversion_activity (
  project_id       bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  grain            "char" NOT NULL CHECK (grain IN ('d', 'm')),
  period           date NOT NULL,
  provider_id      integer NOT NULL,
  geo_id           integer NOT NULL,
  status_id        smallint NOT NULL,
  entered          bigint NOT NULL,
  became_processed bigint NOT NULL,
  became_success   bigint NOT NULL,
  PRIMARY KEY (project_id, grain, period, provider_id, geo_id, status_id)
);
CREATE INDEX conversion_activity_slice_idx ON conversion_activity (grain, provider_id, geo_id, period)
  INCLUDE (project_id, status_id, entered, became_processed, became_success);

-- A summary reads a slice (all projects, one breakdown, a range of periods) from these indexes
-- alone (index-only scans: the cells' heap order is by project, so heap visits would touch a
-- page per cell); vacuumed often so that the visibility map stays current.
ALTER TABLE conversion_cohort SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
ALTER TABLE conversion_arrivals SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
ALTER TABLE conversion_activity SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);

-- The upsert of cohort deltas; `source` yields (project_id, day, provider_id, geo_id,
-- status_id, delta). Returned as text for the triggers to EXECUTE: transition tables are
-- visible only to the trigger function's own statements.
CREATE FUNCTION conversion_cohort_upsert(source text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT format($q$
  INSERT INTO conversion_cohort AS c (project_id, grain, period, provider_id, geo_id, status_id, numbers)
  SELECT s.project_id, c.grain, c.period, c.provider_id, c.geo_id, s.status_id, sum(s.delta)
    FROM (%s) s CROSS JOIN LATERAL conversion_cells(s.day, s.provider_id, s.geo_id) c
   GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(s.delta) <> 0
  ON CONFLICT (project_id, grain, period, provider_id, geo_id, status_id)
     DO UPDATE SET numbers = c.numbers + excluded.numbers $q$, source) $$;

CREATE OR REPLACE FUNCTION phone_numbers_count_inserted() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE $q$
    UPDATE projects p
       SET received_total = p.received_total + n.received,
           last_received_at = greatest(p.last_received_at, n.last_at)
      FROM (SELECT project_id, count(*) AS received, max(created_at) AS last_at
              FROM inserted GROUP BY project_id) n
     WHERE p.id = n.project_id $q$;

  -- A number is a cross-project duplicate when another project holds it too: the projects
  -- holding each inserted number (these rows included) span more than its own project.
  EXECUTE $q$
    WITH a AS (
      SELECT i.project_id, numbase_day(i.created_at) AS day, i.provider_id, i.geo_id, count(*) AS received,
             count(*) FILTER (WHERE h.lo <> i.project_id OR h.hi <> i.project_id) AS duplicates
        FROM inserted i
        JOIN (SELECT o.phone, min(o.project_id) AS lo, max(o.project_id) AS hi
                FROM phone_numbers o
               WHERE o.phone IN (SELECT phone FROM inserted)
               GROUP BY o.phone) h ON h.phone = i.phone
       GROUP BY 1, 2, 3, 4),
    daily AS (
      INSERT INTO project_daily_counters AS c (project_id, day, received, duplicates)
      SELECT project_id, day, sum(received), sum(duplicates) FROM a GROUP BY 1, 2
      ON CONFLICT (project_id, day) DO UPDATE
         SET received = c.received + excluded.received, duplicates = c.duplicates + excluded.duplicates)
    INSERT INTO conversion_arrivals AS c (project_id, grain, period, provider_id, geo_id, received, duplicates)
    SELECT a.project_id, c.grain, c.period, c.provider_id, c.geo_id, sum(a.received), sum(a.duplicates)
      FROM a CROSS JOIN LATERAL conversion_cells(a.day, a.provider_id, a.geo_id) c
     GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (project_id, grain, period, provider_id, geo_id) DO UPDATE
       SET received = c.received + excluded.received, duplicates = c.duplicates + excluded.duplicates $q$;

  EXECUTE $q$
    INSERT INTO project_status_counters AS c (project_id, status_id, count)
    SELECT project_id, status_id, count(*) FROM inserted GROUP BY 1, 2
    ON CONFLICT (project_id, status_id) DO UPDATE SET count = c.count + excluded.count $q$;

  EXECUTE conversion_cohort_upsert($q$
    SELECT project_id, numbase_day(created_at) AS day, provider_id, geo_id, status_id, count(*) AS delta
      FROM inserted GROUP BY 1, 2, 3, 4, 5 $q$);
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION phone_numbers_count_updated() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE $q$
    INSERT INTO project_status_counters AS c (project_id, status_id, count)
    SELECT project_id, status_id, sum(delta) FROM (
        SELECT project_id, status_id, -count(*) AS delta FROM before_rows GROUP BY 1, 2
        UNION ALL
        SELECT project_id, status_id, count(*) FROM after_rows GROUP BY 1, 2) d
     GROUP BY 1, 2 HAVING sum(delta) <> 0
    ON CONFLICT (project_id, status_id) DO UPDATE SET count = c.count + excluded.count $q$;

  EXECUTE conversion_cohort_upsert($q$
    SELECT project_id, numbase_day(created_at) AS day, provider_id, geo_id, status_id, -count(*) AS delta
      FROM before_rows GROUP BY 1, 2, 3, 4, 5
    UNION ALL
    SELECT project_id, numbase_day(created_at), provider_id, geo_id, status_id, count(*)
      FROM after_rows GROUP BY 1, 2, 3, 4, 5 $q$);

  -- Status changes, on the day they are made, by the statuses' flags now.
  EXECUTE $q$
    INSERT INTO conversion_activity AS c
           (project_id, grain, period, provider_id, geo_id, status_id, entered, became_processed, became_success)
    SELECT t.project_id, c.grain, c.period, c.provider_id, c.geo_id,
           t.status_id, sum(t.entered), sum(t.became_processed), sum(t.became_success)
      FROM (SELECT a.project_id, a.provider_id, a.geo_id, a.status_id, count(*) AS entered,
                   count(*) FILTER (WHERE sa.is_processed AND NOT sb.is_processed) AS became_processed,
                   count(*) FILTER (WHERE sa.is_success AND NOT sb.is_success) AS became_success
              FROM after_rows a
              JOIN before_rows o ON o.id = a.id
              JOIN number_statuses sa ON sa.id = a.status_id
              JOIN number_statuses sb ON sb.id = o.status_id
             WHERE a.status_id <> o.status_id
             GROUP BY 1, 2, 3, 4) t
     CROSS JOIN LATERAL conversion_cells(numbase_day(now()), t.provider_id, t.geo_id) c
     GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (project_id, grain, period, provider_id, geo_id, status_id) DO UPDATE
       SET entered = c.entered + excluded.entered, became_processed = c.became_processed + excluded.became_processed,
           became_success = c.became_success + excluded.became_success $q$;
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION phone_numbers_count_deleted() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE $q$
    UPDATE project_status_counters c SET count = c.count - d.removed
      FROM (SELECT project_id, status_id, count(*) AS removed FROM deleted GROUP BY 1, 2) d
     WHERE c.project_id = d.project_id AND c.status_id = d.status_id $q$;

  EXECUTE conversion_cohort_upsert($q$
    SELECT project_id, numbase_day(created_at) AS day, provider_id, geo_id, status_id, -count(*) AS delta
      FROM deleted GROUP BY 1, 2, 3, 4, 5 $q$);
  RETURN NULL;
END $fn$;

-- The cohort counters of existing numbers (installations upgraded to this version), and their
-- arrivals as far as the numbers still tell (duplicates on arrival are not known for them).
-- Written in period order, as the cells of later days will be: the changes of a day then dirty
-- the pages of recent periods, not a page of every project's history (which would cost the
-- summaries' index-only scans a heap visit per cell until the next vacuum).
INSERT INTO conversion_cohort (project_id, grain, period, provider_id, geo_id, status_id, numbers)
SELECT s.project_id, c.grain, c.period, c.provider_id, c.geo_id, s.status_id, sum(s.n)
  FROM (SELECT project_id, numbase_day(created_at) AS day, provider_id, geo_id, status_id, count(*) AS n
          FROM phone_numbers GROUP BY 1, 2, 3, 4, 5) s
 CROSS JOIN LATERAL conversion_cells(s.day, s.provider_id, s.geo_id) c
 GROUP BY 1, 2, 3, 4, 5, 6
 ORDER BY c.grain, c.period;

INSERT INTO conversion_arrivals (project_id, grain, period, provider_id, geo_id, received, duplicates)
SELECT s.project_id, c.grain, c.period, c.provider_id, c.geo_id, sum(s.n), 0
  FROM (SELECT project_id, numbase_day(created_at) AS day, provider_id, geo_id, count(*) AS n
          FROM phone_numbers GROUP BY 1, 2, 3, 4) s
 CROSS JOIN LATERAL conversion_cells(s.day, s.provider_id, s.geo_id) c
 GROUP BY 1, 2, 3, 4, 5
 ORDER BY c.grain, c.period;

-- Administrators reach everything ('all'); managers read the conversion of their projects.
UPDATE roles SET permissions = permissions || ARRAY['conversion.read'] WHERE name = 'manager';
