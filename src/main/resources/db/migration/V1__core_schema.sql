-- The schema the entities map (com.deliverytracker.messages.entity), in SQL that H2 2.2 and PostgreSQL 15
-- both accept. Times are UTC wall-clock TIMESTAMPs (microseconds on both); ids of messages are UUID strings
-- assigned by the application. docs/persistence.md says which query uses each index.

CREATE TABLE tracked_message (
    id                    VARCHAR(36)    NOT NULL,
    sid                   VARCHAR(34),
    direction             VARCHAR(16)    NOT NULL,
    from_number           VARCHAR(64),
    to_number             VARCHAR(64)    NOT NULL,
    body                  VARCHAR(1600),
    media_urls            VARCHAR(10240),
    messaging_service_sid VARCHAR(34),
    provide_feedback      BOOLEAN        NOT NULL,
    status                VARCHAR(24)    NOT NULL,
    error_code            INTEGER,
    error_message         VARCHAR(1000),
    num_segments          INTEGER,
    price                 VARCHAR(32),
    price_unit            VARCHAR(8),
    idempotency_key       VARCHAR(300),
    request_fingerprint   VARCHAR(64),
    created_at            TIMESTAMP      NOT NULL,
    updated_at            TIMESTAMP      NOT NULL,
    version               BIGINT         NOT NULL,
    CONSTRAINT pk_tracked_message PRIMARY KEY (id),
    CONSTRAINT uq_message_sid UNIQUE (sid),
    CONSTRAINT uq_message_idempotency_key UNIQUE (idempotency_key)
);

CREATE INDEX ix_message_created ON tracked_message (created_at, id);
CREATE INDEX ix_message_status_created ON tracked_message (status, created_at);
CREATE INDEX ix_message_to_created ON tracked_message (to_number, created_at);

CREATE TABLE status_event (
    id                BIGINT         NOT NULL,
    message_id        VARCHAR(36)    NOT NULL,
    status            VARCHAR(24)    NOT NULL,
    source            VARCHAR(16)    NOT NULL,
    error_code        INTEGER,
    error_message     VARCHAR(1000),
    raw_dlr_done_date VARCHAR(32),
    dedupe_key        VARCHAR(80)    NOT NULL,
    recorded_at       TIMESTAMP      NOT NULL,
    CONSTRAINT pk_status_event PRIMARY KEY (id),
    CONSTRAINT uq_event_dedupe UNIQUE (message_id, dedupe_key)
);

CREATE INDEX ix_event_message ON status_event (message_id, id);

-- EclipseLink's SEQUENCE generator (allocationSize 50) takes nextval as the last id of a block of 50:
-- the sequence must step by 50, and start at 50 so that the first block is 1..50.
CREATE SEQUENCE status_event_seq START WITH 50 INCREMENT BY 50;
