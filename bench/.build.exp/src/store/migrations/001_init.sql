-- Digest subscriptions, deliveries (one row per channel and week: the exactly-once guard),
-- price observations from the sync, and workspace settings.
CREATE TABLE digest_subscriptions (
  team_id        text        NOT NULL,
  channel_id     text        NOT NULL,
  created_by     text        NOT NULL,
  weekday        smallint    NOT NULL CHECK (weekday BETWEEN 1 AND 7), -- ISO: 1 = Monday
  local_time     text        NOT NULL CHECK (local_time ~ '^[0-2][0-9]:[0-5][0-9]$'),
  time_zone      text        NOT NULL,
  providers      text[]      NOT NULL DEFAULT '{}',
  watched        text[]      NOT NULL DEFAULT '{}',
  quiet          text        NOT NULL DEFAULT 'line' CHECK (quiet IN ('line', 'skip')),
  status         text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
  paused_reason  text,
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL,
  PRIMARY KEY (team_id, channel_id)
);

CREATE TABLE digest_deliveries (
  team_id      text        NOT NULL,
  channel_id   text        NOT NULL,
  week_start   text        NOT NULL CHECK (week_start ~ '^\d{4}-\d{2}-\d{2}$'), -- the local date the week starts
  status       text        NOT NULL CHECK (status IN ('claimed', 'posted', 'skipped', 'failed')),
  claimed_by   text        NOT NULL,
  claimed_at   timestamptz NOT NULL,
  attempts     integer     NOT NULL DEFAULT 1,
  message_ts   text,
  detail       text,
  finished_at  timestamptz,
  PRIMARY KEY (team_id, channel_id, week_start)
);

CREATE TABLE price_observations (
  id             bigserial        PRIMARY KEY,
  source         text             NOT NULL,
  model          text             NOT NULL,
  field          text             NOT NULL,
  value          double precision,
  catalog_value  double precision,
  observed_at    timestamptz      NOT NULL,
  UNIQUE (source, model, field, observed_at)
);
CREATE INDEX price_observations_model ON price_observations (model, field, observed_at);

CREATE TABLE workspace_settings (
  team_id        text PRIMARY KEY,
  default_tokens double precision,
  mix_input      double precision,
  mix_output     double precision,
  updated_at     timestamptz NOT NULL
);
