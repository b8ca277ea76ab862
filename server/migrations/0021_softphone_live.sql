-- SoftPhone, second part (issue 12): the operator's live pop-up, click-to-call, unlinked calls
-- found without a scan, calls closed when their end never comes, and calls in the conversion
-- counters.

-- The PBX's API for click-to-call (a default per kind when unset; tests point it at themselves).
ALTER TABLE softphone_integrations ADD COLUMN api_url text CHECK (api_url ~ '^https?://[^\s]+$' AND length(api_url) <= 500);

-- Every change of a call takes the next version: a user's live stream reads the changes of his
-- calls after the last version it sent.
CREATE SEQUENCE calls_version_seq;
ALTER TABLE calls ADD COLUMN linked boolean NOT NULL DEFAULT false,
                  ADD COLUMN version bigint NOT NULL DEFAULT nextval('calls_version_seq');
UPDATE calls c SET linked = true WHERE EXISTS (SELECT 1 FROM call_numbers l WHERE l.call_id = c.id);
CREATE INDEX calls_user_version_idx ON calls (user_id, version) WHERE user_id IS NOT NULL;
CREATE INDEX calls_integration_started_idx ON calls (integration_id, started_at);
CREATE INDEX calls_unlinked_idx ON calls (id) WHERE NOT linked;
CREATE INDEX calls_open_idx ON calls (started_at) WHERE ended_at IS NULL;

-- Calls ended on `period` on the project's numbers, and the numbers first answered then
-- ("contacted": summed over periods, each number counts once). Cells as in 0015, each split in
-- 16 shards (by the writing session): a PBX sends thousands of ends a second, all to today's
-- cells of a few projects, and one row per cell would make them wait for one another. Readers
-- sum the shards.
CREATE TABLE conversion_calls (
  project_id  bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  grain       "char" NOT NULL CHECK (grain IN ('d', 'm')),
  period      date NOT NULL,
  provider_id integer NOT NULL,
  geo_id      integer NOT NULL,
  shard       smallint NOT NULL CHECK (shard BETWEEN 0 AND 15),
  calls       bigint NOT NULL,
  contacted   bigint NOT NULL,
  PRIMARY KEY (project_id, grain, period, provider_id, geo_id, shard)
);
CREATE INDEX conversion_calls_slice_idx ON conversion_calls (grain, provider_id, geo_id, period)
  INCLUDE (project_id, calls, contacted);
ALTER TABLE conversion_calls SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);

-- The calls ended before this migration.
INSERT INTO conversion_calls (project_id, grain, period, provider_id, geo_id, shard, calls, contacted)
SELECT x.project_id, c.grain, c.period, c.provider_id, c.geo_id, 0, count(*), count(*) FILTER (WHERE x.first_answer)
  FROM (SELECT n.project_id, n.provider_id, n.geo_id, numbase_day(k.ended_at) AS day,
               k.outcome = 'answered' AND NOT EXISTS (
                 SELECT 1 FROM call_numbers l2 JOIN calls k2 ON k2.id = l2.call_id
                  WHERE l2.number_id = n.id AND k2.outcome = 'answered'
                    AND (k2.ended_at, k2.id) < (k.ended_at, k.id)) AS first_answer
          FROM calls k JOIN call_numbers l ON l.call_id = k.id JOIN phone_numbers n ON n.id = l.number_id
         WHERE k.ended_at IS NOT NULL) x
 CROSS JOIN LATERAL conversion_cells(x.day, x.provider_id, x.geo_id) c
 GROUP BY 1, 2, 3, 4, 5;

-- The counters' update trigger (0015) returns at once when no column it counts by changed: a
-- call's end adds an attempt to a number thousands of times a second.
CREATE OR REPLACE FUNCTION phone_numbers_count_updated() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  -- Nothing a counter reads changed (a call's attempts, a comment, an assignee): done, without
  -- planning the three upserts below.
  IF NOT EXISTS (SELECT 1 FROM after_rows a JOIN before_rows o ON o.id = a.id
                  WHERE (a.project_id, a.status_id, a.created_at, a.provider_id, a.geo_id)
                        IS DISTINCT FROM (o.project_id, o.status_id, o.created_at, o.provider_id, o.geo_id)) THEN
    RETURN NULL;
  END IF;
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
