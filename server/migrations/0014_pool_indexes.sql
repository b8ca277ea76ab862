-- A project's candidates in the pool by its regions and suppliers, in arrival order: the
-- candidate query reads only the rows it returns (found by the distribution benchmark: a backward walk of the
-- arrival index threw away millions of rows for a one-region project).
CREATE INDEX pool_numbers_geo_provider_idx ON pool_numbers (geo_id, provider_id, arrived_at, id);
CREATE INDEX pool_numbers_also_geo_provider_idx ON pool_numbers (also_geo_id, provider_id, arrived_at, id)
  WHERE also_geo_id IS NOT NULL;
-- Deleting a project sets returned_from to null: without an index every delete scans the pool.
CREATE INDEX pool_numbers_returned_from_idx ON pool_numbers (returned_from) WHERE returned_from IS NOT NULL;
DROP INDEX pool_numbers_geo_idx;  -- the first column of the new one
