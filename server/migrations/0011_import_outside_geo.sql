-- Numbers outside the target project's geo: counted, and imported or routed to the pool as the
-- user chose on upload.
ALTER TABLE imports
  ADD COLUMN outside_geo_to_pool boolean NOT NULL DEFAULT false,
  ADD COLUMN outside_geo bigint,
  ADD COLUMN routed_to_pool bigint;
