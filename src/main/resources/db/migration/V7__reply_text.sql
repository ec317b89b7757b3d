-- What we answered an inbound message with (docs/inbound.md#replies-are-tracked). Twilio's callbacks for a
-- TwiML reply carry no body, so the reply, created from its first callback, takes its text from here.
ALTER TABLE tracked_message ADD COLUMN reply_text VARCHAR(1600);
