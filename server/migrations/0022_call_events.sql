-- SoftPhone ingest (issue 12): a webhook stores the checked event and answers; a single applier
-- turns the queue into calls and number changes in set-based batches.

-- The events received and not yet applied. No foreign key to the integration: every event
-- would lock its row (thousands a second on one row); the applier drops the events of an
-- integration that is gone. `failed` holds the error of an event that could not be applied
-- even alone; such events stay for an operator to see and are skipped.
CREATE TABLE call_events (
  id             bigserial PRIMARY KEY,
  integration_id integer NOT NULL,
  kind           "char" NOT NULL CHECK (kind IN ('s', 'a', 'e', 'r')),  -- started, answered, ended, recorded
  pbx_call_id    text NOT NULL,
  direction      text NOT NULL,
  phone          bigint,
  extension      text,
  at             timestamptz NOT NULL,
  duration       integer,
  outcome        text,
  recording      text,
  seq            bigint,
  notes          text,
  ip             inet,
  request_id     text,
  received_at    timestamptz NOT NULL DEFAULT now(),
  failed         text
);
ALTER TABLE call_events SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);

-- A call's end updates its number's attempts and last call, neither indexed: with room on the
-- page the update is HOT (no index touched). Pages written from now on keep that room.
ALTER TABLE phone_numbers SET (fillfactor = 90);

-- A call to a phone nobody holds makes the number in this project, when the integration names
-- one; else the call stays unlinked.
ALTER TABLE softphone_integrations ADD COLUMN unlinked_project_id bigint REFERENCES projects (id) ON DELETE SET NULL;
