-- The built-in Twilio sandbox's own messages (docs/sandbox.md): what its fake Twilio knows, used only in
-- sandbox mode and empty otherwise. Kept in the database so that a restart loses no message's life.
CREATE TABLE sandbox_message (
    sid                    VARCHAR(34)    NOT NULL,
    direction              VARCHAR(16)    NOT NULL,
    to_number              VARCHAR(64)    NOT NULL,
    from_number            VARCHAR(64),
    messaging_service_sid  VARCHAR(34),
    body                   VARCHAR(1600),
    media_urls             VARCHAR(10240),
    num_segments           INTEGER        NOT NULL,
    status                 VARCHAR(24)    NOT NULL,
    outcome                VARCHAR(24)    NOT NULL,
    error_code             INTEGER,
    error_message          VARCHAR(255),
    status_callback        VARCHAR(2000),
    provide_feedback       BOOLEAN        NOT NULL,
    feedback_outcome       VARCHAR(16),
    price                  VARCHAR(16),
    created_at             TIMESTAMP      NOT NULL,
    updated_at             TIMESTAMP      NOT NULL,
    sent_at                TIMESTAMP,
    next_step_at           TIMESTAMP,
    CONSTRAINT pk_sandbox_message PRIMARY KEY (sid)
);
-- Twilio's list: To (and From), newest first.
CREATE INDEX ix_sandbox_to_created ON sandbox_message (to_number, created_at);
-- The sandbox's clock: the status changes that are due.
CREATE INDEX ix_sandbox_next_step ON sandbox_message (next_step_at);
