-- Spellings libphonenumber's offline geocoder uses for landline regions that the registry's
-- aliases did not have. Moscow's area codes are shared by the city and the oblast, which the
-- geocoder names "Московская обл.": both match, as for the registry's two-region spellings.
INSERT INTO geo_region_aliases (alias, geo_id, also_geo_id) VALUES
  ('Московская обл.',
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Московская область' AND city IS NULL),
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Москва' AND city IS NULL)),
  ('Ленинградская обл.',
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Ленинградская область' AND city IS NULL), NULL),
  ('Республика Кабардино-Балкарская',
   (SELECT id FROM geo WHERE country = 'RU' AND region = 'Кабардино-Балкарская Республика' AND city IS NULL), NULL)
ON CONFLICT (alias) DO NOTHING;
