package com.deliverytracker.inbound;

import com.deliverytracker.messages.entity.InboundMessage;
import java.util.Optional;

/**
 * Decides what to answer an inbound message with; empty means no reply. The default is
 * {@link ConfiguredReplyPolicy}; a deployer replaces it with a bean of their own annotated
 * {@code @Alternative @Priority(...)} (docs/inbound.md). Opt-out and opt-in keywords never reach a policy.
 */
public interface ReplyPolicy {

    Optional<String> replyTo(InboundMessage message);
}
