-- The last question answered in each conversation (a thread, or a DM's top level), as the command that asks it, so a
-- follow-up ("and for 100M tokens?") builds on it after a restart and on another replica. A day-old one is forgotten.
CREATE TABLE conversation_questions (
  team_id text NOT NULL,
  channel_id text NOT NULL,
  thread_ts text NOT NULL,
  command text NOT NULL,
  asked_at timestamptz NOT NULL,
  PRIMARY KEY (team_id, channel_id, thread_ts)
);

CREATE INDEX conversation_questions_by_time ON conversation_questions (asked_at);
