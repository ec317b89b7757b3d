-- Inbound messages and TwiML replies (docs/inbound.md): media content types, opt-out type, the link from a
-- reply to the inbound message it answers; and opt-outs per number.

ALTER TABLE tracked_message ADD COLUMN media_content_types VARCHAR(2048);
ALTER TABLE tracked_message ADD COLUMN num_media INTEGER;
ALTER TABLE tracked_message ADD COLUMN opt_out_type VARCHAR(16);
ALTER TABLE tracked_message ADD COLUMN in_reply_to VARCHAR(36);

-- GET /api/messages/{id}: the replies of the messages shown.
CREATE INDEX ix_message_in_reply_to ON tracked_message (in_reply_to);

CREATE TABLE opt_out (
    number      VARCHAR(64)  NOT NULL,
    opted_out   BOOLEAN      NOT NULL,
    keyword     VARCHAR(32),
    message_sid VARCHAR(34),
    updated_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_opt_out PRIMARY KEY (number)
);

-- GET /api/opt-outs: the numbers currently opted out, most recent first.
CREATE INDEX ix_opt_out_current ON opt_out (opted_out, updated_at);
