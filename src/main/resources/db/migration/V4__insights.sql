-- Insights (docs/insights.md): feedback given to Twilio, and what statistics aggregate without touching
-- the history: the other party's country, and when and how fast a message was delivered.

ALTER TABLE status_event ADD COLUMN feedback_outcome VARCHAR(16);

ALTER TABLE tracked_message ADD COLUMN feedback_outcome VARCHAR(16);
ALTER TABLE tracked_message ADD COLUMN country VARCHAR(8);
ALTER TABLE tracked_message ADD COLUMN delivered_at TIMESTAMP;
ALTER TABLE tracked_message ADD COLUMN delivery_millis BIGINT;

-- Every statistic is an aggregate over a created_at range; this index holds every column they read, so a
-- range is scanned in the index alone.
CREATE INDEX ix_message_stats ON tracked_message (created_at, direction, status, error_code, country, delivery_millis);
