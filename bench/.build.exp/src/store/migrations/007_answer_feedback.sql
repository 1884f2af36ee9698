-- Thumbs up / down on answers, with the question that was answered, so the team can see what the bot
-- gets wrong. One vote per person per answer: a changed mind replaces the earlier vote.
CREATE TABLE answer_feedback (
  team_id text NOT NULL,
  channel_id text NOT NULL,
  message_ts text NOT NULL,
  user_id text NOT NULL,
  vote text NOT NULL CHECK (vote IN ('up', 'down')),
  question text NOT NULL,
  recorded_at timestamptz NOT NULL,
  PRIMARY KEY (team_id, channel_id, message_ts, user_id)
);

CREATE INDEX answer_feedback_by_time ON answer_feedback (recorded_at);
