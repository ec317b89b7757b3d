-- Hourly roll-up of the statistics (docs/insights.md#how-statistics-stay-fast): closed hours are counted
-- once and recounted when one of their messages changes, so a month of messages is summed from a few
-- thousand rows instead of scanned.

-- Finds the messages that changed since the last roll-up.
CREATE INDEX ix_message_updated ON tracked_message (updated_at);

CREATE TABLE stats_hour (
    hour_start  TIMESTAMP     NOT NULL,
    status      VARCHAR(24)   NOT NULL,
    error_code  INTEGER,
    country     VARCHAR(8),
    sender      VARCHAR(64),
    messages    BIGINT        NOT NULL
);
CREATE INDEX ix_stats_hour ON stats_hour (hour_start);

-- Delivery times as a histogram: bucket_ms is a bucket's lower bound, two significant digits wide.
CREATE TABLE stats_delivery_hour (
    hour_start  TIMESTAMP     NOT NULL,
    bucket_ms   BIGINT        NOT NULL,
    width_ms    BIGINT        NOT NULL,
    messages    BIGINT        NOT NULL
);
CREATE INDEX ix_stats_delivery_hour ON stats_delivery_hour (hour_start);

-- One row: hours before rolled_until are rolled up; changes up to changes_seen_until are folded in.
CREATE TABLE stats_rollup_state (
    id                  INTEGER    NOT NULL,
    rolled_until        TIMESTAMP,
    changes_seen_until  TIMESTAMP,
    CONSTRAINT pk_stats_rollup_state PRIMARY KEY (id)
);
INSERT INTO stats_rollup_state (id, rolled_until, changes_seen_until) VALUES (1, NULL, NULL);
