-- Roles made by a company's administrators (issue 14): named as people say them
-- ("старший менеджер"), not as identifiers.
ALTER TABLE roles DROP CONSTRAINT roles_name_check;
ALTER TABLE roles ADD CONSTRAINT roles_name_check
  CHECK (length(name) BETWEEN 1 AND 50 AND name = btrim(name) AND name !~ '[[:cntrl:]]');
ALTER TABLE roles ADD CONSTRAINT roles_description_check CHECK (length(description) <= 500);
