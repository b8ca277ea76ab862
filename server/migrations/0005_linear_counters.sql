-- The counters' statement triggers plan their statements afresh on every run (EXECUTE).
--
-- PL/pgSQL caches a statement's plan for the life of the session. A worker's session is long;
-- when it first counted duplicates the table held a page of numbers, so the cached plan
-- looked each inserted number up with a sequential scan, and the next import of 100,000 rows
-- read the whole table 100,000 times. Planned at each run, a statement sees the transition
-- table's real row count and the table's real size. Duplicates are counted with one
-- semi-join of the inserted numbers against phone_numbers (an index probe per number or one
-- hash join, whichever is cheaper now), never with a per-row subplan.

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
    INSERT INTO project_daily_counters AS c (project_id, day, received, duplicates)
    SELECT i.project_id, numbase_day(i.created_at), count(*),
           count(*) FILTER (WHERE h.lo <> i.project_id OR h.hi <> i.project_id)
      FROM inserted i
      JOIN (SELECT o.phone, min(o.project_id) AS lo, max(o.project_id) AS hi
              FROM phone_numbers o
             WHERE o.phone IN (SELECT phone FROM inserted)
             GROUP BY o.phone) h ON h.phone = i.phone
     GROUP BY 1, 2
    ON CONFLICT (project_id, day) DO UPDATE
       SET received = c.received + excluded.received, duplicates = c.duplicates + excluded.duplicates $q$;

  EXECUTE $q$
    INSERT INTO project_status_counters AS c (project_id, status_id, count)
    SELECT project_id, status_id, count(*) FROM inserted GROUP BY 1, 2
    ON CONFLICT (project_id, status_id) DO UPDATE SET count = c.count + excluded.count $q$;
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
  RETURN NULL;
END $fn$;

CREATE OR REPLACE FUNCTION phone_numbers_count_deleted() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE $q$
    UPDATE project_status_counters c SET count = c.count - d.removed
      FROM (SELECT project_id, status_id, count(*) AS removed FROM deleted GROUP BY 1, 2) d
     WHERE c.project_id = d.project_id AND c.status_id = d.status_id $q$;
  RETURN NULL;
END $fn$;
