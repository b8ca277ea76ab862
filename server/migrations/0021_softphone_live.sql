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
-- ("contacted": summed over periods, each number counts once). Cells as in 0015.
CREATE TABLE conversion_calls (
  project_id  bigint NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  grain       "char" NOT NULL CHECK (grain IN ('d', 'm')),
  period      date NOT NULL,
  provider_id integer NOT NULL,
  geo_id      integer NOT NULL,
  calls       bigint NOT NULL,
  contacted   bigint NOT NULL,
  PRIMARY KEY (project_id, grain, period, provider_id, geo_id)
);
CREATE INDEX conversion_calls_slice_idx ON conversion_calls (grain, provider_id, geo_id, period)
  INCLUDE (project_id, calls, contacted);
ALTER TABLE conversion_calls SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);

-- The calls ended before this migration.
INSERT INTO conversion_calls (project_id, grain, period, provider_id, geo_id, calls, contacted)
SELECT x.project_id, c.grain, c.period, c.provider_id, c.geo_id, count(*), count(*) FILTER (WHERE x.first_answer)
  FROM (SELECT n.project_id, n.provider_id, n.geo_id, numbase_day(k.ended_at) AS day,
               k.outcome = 'answered' AND NOT EXISTS (
                 SELECT 1 FROM call_numbers l2 JOIN calls k2 ON k2.id = l2.call_id
                  WHERE l2.number_id = n.id AND k2.outcome = 'answered'
                    AND (k2.ended_at, k2.id) < (k.ended_at, k.id)) AS first_answer
          FROM calls k JOIN call_numbers l ON l.call_id = k.id JOIN phone_numbers n ON n.id = l.number_id
         WHERE k.ended_at IS NOT NULL) x
 CROSS JOIN LATERAL conversion_cells(x.day, x.provider_id, x.geo_id) c
 GROUP BY 1, 2, 3, 4, 5;
