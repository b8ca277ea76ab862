-- Foundation: roles, users, refresh tokens, failed sign-ins, the audit log.

-- ISO 8601 UTC text for API responses, e.g. 2026-02-25T13:00:00.123Z.
CREATE FUNCTION api_ts(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

-- A role is a named permission set. 'all' grants every permission.
CREATE TABLE roles (
  id          smallserial PRIMARY KEY,
  name        text NOT NULL UNIQUE CHECK (name ~ '^[a-z][a-z0-9_]{1,49}$'),
  description text NOT NULL DEFAULT '',
  permissions text[] NOT NULL DEFAULT '{}',
  built_in    boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO roles (name, description, permissions, built_in) VALUES
  ('administrator', 'Full access', ARRAY['all'], true),
  ('manager', 'Works the numbers of the projects they are a member of',
   ARRAY['projects.read', 'projects.update', 'phone_numbers.read', 'phone_numbers.update', 'exports.create'], true);

CREATE TABLE users (
  id            bigserial PRIMARY KEY,
  username      text NOT NULL CHECK (username ~ '^[A-Za-z0-9_.@-]{3,150}$'),
  email         text CHECK (length(email) <= 255),
  password_hash text NOT NULL,
  role_id       smallint NOT NULL REFERENCES roles (id),
  is_active     boolean NOT NULL DEFAULT true,
  last_login_at timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_role_id_idx ON users (role_id);

-- Opaque refresh tokens, stored only as SHA-256 hashes. Every sign-in starts a family;
-- each refresh marks the old token used and issues the next one in the same family.
-- Presenting a used token again revokes the whole family.
CREATE TABLE refresh_tokens (
  id          bigserial PRIMARY KEY,
  user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  family_id   uuid NOT NULL,
  token_hash  bytea NOT NULL UNIQUE,
  issued_at   timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  revoked_at  timestamptz,
  ip          inet,
  user_agent  text
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_live_idx ON refresh_tokens (user_id) WHERE revoked_at IS NULL;

-- Failed sign-ins, for the brute-force limit (per username and per IP, 15-minute window).
CREATE TABLE auth_failures (
  id        bigserial PRIMARY KEY,
  username  text NOT NULL,
  ip        inet,
  failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX auth_failures_username_idx ON auth_failures (lower(username), failed_at);
CREATE INDEX auth_failures_ip_idx ON auth_failures (ip, failed_at);

-- The audit trail. Append-only: the triggers below refuse UPDATE, DELETE and TRUNCATE.
CREATE TABLE audit_log (
  id             bigserial PRIMARY KEY,
  created_at     timestamptz NOT NULL DEFAULT now(),
  actor_type     text NOT NULL CHECK (actor_type IN ('user', 'system', 'anonymous')),
  user_id        bigint REFERENCES users (id),
  username       text,
  -- the user on whose behalf a system job acted
  on_behalf_of   bigint REFERENCES users (id),
  action         text NOT NULL,
  entity_type    text NOT NULL,
  entity_id      text,
  changes        jsonb NOT NULL DEFAULT '{}',
  ip             inet,
  user_agent     text,
  request_id     text
);
CREATE INDEX audit_log_created_idx ON audit_log (created_at, id);
CREATE INDEX audit_log_user_idx ON audit_log (user_id, id);
CREATE INDEX audit_log_entity_idx ON audit_log (entity_type, entity_id, id);
CREATE INDEX audit_log_action_idx ON audit_log (action, id);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
