-- Blocked sign-in attempts are recorded once per address and window (with a count), not once
-- per request: the audit log cannot be grown by hammering the sign-in.
CREATE TABLE auth_blocks (
  ip           inet,
  window_start timestamptz NOT NULL DEFAULT now(),
  attempts     integer NOT NULL DEFAULT 1,
  last_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX auth_blocks_ip_key ON auth_blocks (coalesce(ip, '0.0.0.0'::inet));
-- The pair (account, address) is what the first limit counts.
CREATE INDEX auth_failures_pair_idx ON auth_failures (lower(username), ip, failed_at);
