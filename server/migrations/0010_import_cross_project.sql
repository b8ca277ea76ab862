-- How many numbers an import added that another project holds too (listed in its report).
ALTER TABLE imports ADD COLUMN in_other_projects bigint;
