package com.deliverytracker.inbound;

import java.util.Optional;

/** What to answer an inbound message: its id (to link the reply to it) and the reply text, if any. */
record InboundReply(String inboundId, Optional<String> text) {
}
