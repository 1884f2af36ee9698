-- Models a price source lists that the reviewed catalog lacks (the sync's new models), with what the source says
-- about each (prices and specs, as JSON): the overlay lists a model two sources agree on until the reviewed catalog
-- has it. One row per source, model and sync.
CREATE TABLE model_listings (
  id           bigserial   PRIMARY KEY,
  source       text        NOT NULL,
  model        text        NOT NULL, -- the catalog id the model would take
  provider     text        NOT NULL,
  source_id    text        NOT NULL, -- the id as the source spells it
  listing      jsonb       NOT NULL, -- {"prices": {field: USD per 1M}, "facts": {contextWindow, modalities, released, …}}
  observed_at  timestamptz NOT NULL,
  UNIQUE (source, model, observed_at)
);
CREATE INDEX model_listings_observed ON model_listings (observed_at);
