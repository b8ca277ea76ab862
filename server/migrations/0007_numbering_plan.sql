-- The Russian numbering plan: every allocated range of +7 numbers with its operator and its
-- region as the regulator's registry spells it, mapped to the geo dictionary (hence a time
-- zone). Filled from the registry file by numbering/loader.cpp (at first start from the copy
-- compiled into the binary, later by `numbase geo load-numbering-plan FILE`); each server
-- process keeps it in memory as numbering::NumberingPlan.
CREATE TABLE numbering_plan_ranges (
  range_first bigint PRIMARY KEY,  -- full E.164 digits, e.g. 79000000000
  range_last  bigint NOT NULL,     -- inclusive, e.g. 79000061999
  operator    text NOT NULL,
  region      text NOT NULL,       -- the registry's spelling
  geo_id      integer REFERENCES geo (id) ON DELETE SET NULL,  -- NULL: the region is not in the dictionary
  also_geo_id integer REFERENCES geo (id) ON DELETE SET NULL,  -- a second subject the spelling names
  CHECK (range_first <= range_last)
);

-- Registry spellings that name two federal subjects map to both (the first named is geo_id).
UPDATE geo_region_aliases a
   SET also_geo_id = (SELECT id FROM geo WHERE country = 'RU' AND region = v.also AND city IS NULL)
  FROM (VALUES
    ('Архангельская область и Ненецкий автономный округ', 'Ненецкий автономный округ'),
    ('Москва и Московская область', 'Московская область'),
    ('Москва|Московская область', 'Московская область'),
    ('г. Москва и Московская область', 'Московская область'),
    ('Республика Крым и г. Севастополь', 'Севастополь'),
    ('г. Санкт-Петербург и Ленинградская область', 'Ленинградская область')
  ) AS v (alias, also)
 WHERE a.alias = v.alias;

-- Whole spellings of the registry that 0003 only knew in parts (it split them on " * ").
INSERT INTO geo_region_aliases (alias, geo_id, also_geo_id) VALUES
  ('Архангельская область * Ненецкий автономный округ',
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Архангельская область' AND city IS NULL),
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Ненецкий автономный округ' AND city IS NULL)),
  ('г. Москва * Московская область',
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Москва' AND city IS NULL),
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Московская область' AND city IS NULL)),
  ('Московская область * Москва|Московская область * Москва',
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Московская область' AND city IS NULL),
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Москва' AND city IS NULL)),
  ('Республика Крым * г. Севастополь',
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Республика Крым' AND city IS NULL),
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Севастополь' AND city IS NULL)),
  ('г. Санкт-Петербург * Ленинградская область',
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Санкт-Петербург' AND city IS NULL),
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Ленинградская область' AND city IS NULL)),
  ('Сургутский район * г. Сургут',
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Ханты-Мансийский автономный округ — Югра' AND city IS NULL),
   NULL),
  ('р-ны Абзелиловский и Белорецкий|Абзелиловский район * Белорецкий район',
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Республика Башкортостан' AND city IS NULL),
   NULL);
