package com.deliverytracker.inbound;

import com.deliverytracker.messages.control.MessageLedger;
import com.deliverytracker.messages.control.Recorded;
import com.deliverytracker.messages.entity.InboundMessage;
import com.deliverytracker.optouts.OptOutKeywords;
import com.deliverytracker.optouts.OptOutRegistry;
import com.deliverytracker.platform.ColumnText;
import com.deliverytracker.platform.ConflictRetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Records an inbound message (once, however often Twilio retries), keeps opt-outs current, and asks the
 * reply policy what to answer. An opt-out or opt-in is never answered: the carrier and Twilio confirm
 * those themselves, and Twilio would refuse our reply to an opted-out number (21610).
 */
@ApplicationScoped
public class InboundService {

    @Inject
    MessageLedger ledger;

    @Inject
    OptOutRegistry optOuts;

    @Inject
    ReplyPolicy policy;

    InboundReply receive(InboundMessage inbound) {
        Recorded recorded = recordOnce(inbound);
        OptOutKeywords kind = OptOutKeywords.classify(inbound.optOutType(), inbound.body());
        if (kind == OptOutKeywords.OPT_OUT || kind == OptOutKeywords.OPT_IN) {
            recordOptChange(inbound, kind == OptOutKeywords.OPT_OUT);
            return new InboundReply(recorded.message().id(), Optional.empty());
        }
        Optional<String> reply = policy.replyTo(inbound).filter(text -> !text.isBlank());
        // kept before Twilio reads the TwiML, so the reply's first callback finds it
        reply.ifPresent(text -> ledger.answered(recorded.message().id(), text));
        return new InboundReply(recorded.message().id(), reply);
    }

    /** The keyword is Twilio's OptOutType when given (the body may then be a whole sentence), else the body's word. */
    private void recordOptChange(InboundMessage inbound, boolean optedOut) {
        String keyword = inbound.optOutType() != null && !inbound.optOutType().isBlank()
                ? inbound.optOutType().trim().toUpperCase(java.util.Locale.ROOT) : inbound.keyword();
        String stored = ColumnText.fit(keyword, 32);
        // two first STOPs from one number race to insert its row
        ConflictRetry.retry(2, Duration.ZERO, () -> optOuts.record(inbound.from(), optedOut, stored, inbound.sid()));
    }

    /** Two deliveries of one webhook at once race to insert it; the loser retries and finds the winner's row. */
    private Recorded recordOnce(InboundMessage inbound) {
        return ConflictRetry.retry(2, Duration.ZERO, () -> ledger.receive(inbound));
    }
}
