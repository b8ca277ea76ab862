-- Imports into the pool: no project, a target, and how many numbers' region was not known.
ALTER TABLE imports
  ALTER COLUMN project_id DROP NOT NULL,
  ADD COLUMN target text NOT NULL DEFAULT 'project' CHECK (target IN ('project', 'pool')),
  ADD COLUMN region_unknown bigint,
  ADD CHECK ((target = 'pool') = (project_id IS NULL));
