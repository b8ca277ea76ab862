-- The number card's notes (issue 14): every comment written on a number is kept, with its
-- author and time; phone_numbers.comment is the latest (what the grid shows). A comment that
-- came with the number (a file's column) becomes the first note, authorless, when the first
-- note is written.
CREATE TABLE number_notes (
  id         bigserial PRIMARY KEY,
  number_id  bigint NOT NULL REFERENCES phone_numbers (id) ON DELETE CASCADE,
  author_id  bigint REFERENCES users (id),
  body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX number_notes_number_idx ON number_notes (number_id, created_at, id);
