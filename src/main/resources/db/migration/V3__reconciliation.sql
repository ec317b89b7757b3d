-- Reconciliation (docs/reconciliation.md): what Twilio told us when polled, each message's polling backoff,
-- the lease that lets one instance poll it per round, and the history of runs.

ALTER TABLE tracked_message ADD COLUMN date_sent TIMESTAMP;
ALTER TABLE tracked_message ADD COLUMN poll_count INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE tracked_message ADD COLUMN last_polled_at TIMESTAMP;
ALTER TABLE tracked_message ADD COLUMN next_poll_at TIMESTAMP;
ALTER TABLE tracked_message ADD COLUMN lease_owner VARCHAR(64);
ALTER TABLE tracked_message ADD COLUMN lease_until TIMESTAMP;
ALTER TABLE tracked_message ADD COLUMN gave_up_at TIMESTAMP;

-- Candidates: a non-final status, silent since updated_at. The lease owner finds the rows a run claimed.
CREATE INDEX ix_message_status_updated ON tracked_message (status, updated_at);
CREATE INDEX ix_message_lease_owner ON tracked_message (lease_owner);

CREATE TABLE reconcile_run (
    id            VARCHAR(36)    NOT NULL,
    instance_name VARCHAR(128)   NOT NULL,
    trigger_kind  VARCHAR(16)    NOT NULL,
    started_at    TIMESTAMP      NOT NULL,
    finished_at   TIMESTAMP      NOT NULL,
    examined      INTEGER        NOT NULL,
    polled        INTEGER        NOT NULL,
    changed       INTEGER        NOT NULL,
    errors        INTEGER        NOT NULL,
    throttled     INTEGER        NOT NULL,
    gave_up       INTEGER        NOT NULL,
    CONSTRAINT pk_reconcile_run PRIMARY KEY (id)
);

CREATE INDEX ix_reconcile_run_started ON reconcile_run (started_at);
