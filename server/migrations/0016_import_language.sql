-- The language of an import's error report: that of whoever started the import (issue 16).
ALTER TABLE imports ADD COLUMN language text NOT NULL DEFAULT 'ru' CHECK (language IN ('ru', 'en'));
