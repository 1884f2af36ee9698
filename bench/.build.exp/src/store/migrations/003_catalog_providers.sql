-- The providers of the catalog the bot last started with: a start whose catalog lost one is refused
-- (a deleted or unreadable catalog file), unless the operator accepts the smaller catalog.
CREATE TABLE catalog_providers (
  provider_id TEXT PRIMARY KEY,
  models INTEGER NOT NULL,
  seen_at TIMESTAMPTZ NOT NULL
);
