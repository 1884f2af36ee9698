-- Installations by many workspaces (OAuth): one row per workspace (team_id), or per organisation for an
-- org-wide install (enterprise_id, with team_id ''). Tokens are stored encrypted by the app (AES-256-GCM);
-- this table never holds a token in the clear. A workspace that uninstalls the app loses its row.
CREATE TABLE slack_installations (
  enterprise_id          text        NOT NULL DEFAULT '',
  team_id                text        NOT NULL DEFAULT '',
  is_enterprise_install  boolean     NOT NULL DEFAULT false,
  app_id                 text,
  team_name              text,
  enterprise_name        text,
  enterprise_url         text,
  installer_user_id      text,
  bot_id                 text,
  bot_user_id            text        NOT NULL,
  bot_scopes             text[]      NOT NULL DEFAULT '{}',
  bot_token_enc          text        NOT NULL,
  bot_refresh_token_enc  text,
  bot_token_expires_at   timestamptz,
  installed_at           timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL,
  PRIMARY KEY (enterprise_id, team_id),
  CHECK (team_id <> '' OR (is_enterprise_install AND enterprise_id <> '')),
  CHECK ((bot_refresh_token_enc IS NULL) = (bot_token_expires_at IS NULL))
);
CREATE INDEX slack_installations_team ON slack_installations (team_id);
