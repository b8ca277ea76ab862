-- SoftPhone (issue 12): PBX integrations, and the calls their events make.
CREATE TABLE softphone_integrations (
  id                 serial PRIMARY KEY,
  name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  kind               text NOT NULL CHECK (kind IN ('numbase', 'zadarma', 'mango')),
  secrets            bytea NOT NULL,                  -- sealed JSON (core/secrets.hpp), never sent back
  token              text NOT NULL UNIQUE,            -- the webhook address's own part
  extensions         jsonb NOT NULL DEFAULT '{}',     -- {"101": user id}
  outcomes           jsonb NOT NULL DEFAULT '{}',     -- {"answered": status id, "no_answer": …}
  is_active          boolean NOT NULL DEFAULT true,
  last_event_at      timestamptz,
  signature_failures bigint NOT NULL DEFAULT 0,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE calls (
  id             bigserial PRIMARY KEY,
  integration_id integer NOT NULL REFERENCES softphone_integrations (id) ON DELETE CASCADE,
  pbx_call_id    text NOT NULL CHECK (length(pbx_call_id) BETWEEN 1 AND 200),
  direction      text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  phone          bigint CHECK (phone > 0),          -- the other party, E.164 digits
  extension      text CHECK (length(extension) <= 50),
  user_id        bigint REFERENCES users (id),
  started_at     timestamptz NOT NULL,
  answered_at    timestamptz,
  ended_at       timestamptz,
  duration       integer CHECK (duration >= 0),
  outcome        text CHECK (outcome IN ('answered', 'no_answer', 'busy', 'failed', 'unknown')),
  recording      text CHECK (length(recording) <= 1000),
  last_seq       bigint,                            -- Mango: the highest event seq applied (they come out of order)
  UNIQUE (integration_id, pbx_call_id)
);
CREATE INDEX calls_phone_idx ON calls (phone, started_at DESC);

-- The numbers a call was linked to (by its phone, in the extension's user's projects when known).
CREATE TABLE call_numbers (
  call_id   bigint NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
  number_id bigint NOT NULL REFERENCES phone_numbers (id) ON DELETE CASCADE,
  PRIMARY KEY (call_id, number_id)
);
CREATE INDEX call_numbers_number_idx ON call_numbers (number_id, call_id);
