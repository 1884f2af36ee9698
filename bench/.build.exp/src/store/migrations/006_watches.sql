-- Watches: a model or a provider a channel (or a person, by DM: channel_id is then their user id) hears
-- about the moment it changes. Alert deliveries: one row per (workspace, channel, change), the
-- exactly-once guard for alerts, claimed before posting like a digest delivery.
CREATE TABLE watches (
  team_id        text        NOT NULL,
  channel_id     text        NOT NULL,
  kind           text        NOT NULL CHECK (kind IN ('model', 'provider')),
  target         text        NOT NULL,
  created_by     text        NOT NULL,
  status         text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused')),
  paused_reason  text,
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL,
  PRIMARY KEY (team_id, channel_id, kind, target)
);
CREATE INDEX watches_status ON watches (status, team_id);

CREATE TABLE alert_deliveries (
  team_id      text        NOT NULL,
  channel_id   text        NOT NULL,
  change_key   text        NOT NULL,
  model        text        NOT NULL,
  field        text        NOT NULL,
  status       text        NOT NULL CHECK (status IN ('claimed', 'posted', 'skipped', 'failed')),
  claimed_by   text        NOT NULL,
  claimed_at   timestamptz NOT NULL,
  attempts     integer     NOT NULL DEFAULT 1,
  message_ts   text,
  detail       text,
  retryable    boolean     NOT NULL DEFAULT false CHECK (NOT retryable OR status = 'failed'),
  finished_at  timestamptz,
  PRIMARY KEY (team_id, channel_id, change_key)
);
