package com.deliverytracker.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deliverytracker.sandbox.entity.SandboxOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    /** The statuses a message goes through after {@code start}, with "!" for those Twilio does not call back for. */
    private static List<String> life(String start, SandboxOutcome outcome) {
        List<String> statuses = new ArrayList<>();
        String status = start;
        for (Optional<Lifecycle.Step> step = Lifecycle.after(status, outcome); step.isPresent();
             step = Lifecycle.after(status, outcome)) {
            status = step.get().status();
            statuses.add(status + (step.get().errorCode() == null ? "" : " " + step.get().errorCode())
                    + (step.get().callbackSent() ? "" : "!"));
        }
        return statuses;
    }

    @Test
    void aDeliveredMessageGoesThroughEveryStatusWithACallbackForEach() {
        assertEquals(List.of("sending", "sent", "delivered"), life("queued", SandboxOutcome.DELIVERED));
        assertEquals(List.of("queued", "sending", "sent", "delivered"), life("accepted", SandboxOutcome.DELIVERED));
    }

    @Test
    void undeliveredMessagesFailAfterSentWithTheirCode() {
        assertEquals(List.of("sending", "sent", "undelivered 30003"), life("queued", SandboxOutcome.UNDELIVERED_30003));
        assertEquals(List.of("sending", "sent", "undelivered 30007"), life("queued", SandboxOutcome.UNDELIVERED_30007));
    }

    @Test
    void aFailedMessageNeverLeavesTheQueue() {
        assertEquals(List.of("failed 30008"), life("queued", SandboxOutcome.FAILED_30008));
    }

    @Test
    void aLostCallbackIsDeliveredWithoutTellingAndNoReceiptStaysSent() {
        assertEquals(List.of("sending", "sent", "delivered!"), life("queued", SandboxOutcome.CALLBACK_LOST));
        assertEquals(List.of("sending", "sent"), life("queued", SandboxOutcome.NO_RECEIPT));
    }

    @Test
    void finalStatusesAndInboundMessagesHaveNoNextStep() {
        for (String status : List.of("delivered", "undelivered", "failed", "received", "read", "canceled")) {
            assertTrue(Lifecycle.after(status, SandboxOutcome.DELIVERED).isEmpty(), status);
        }
    }

    @Test
    void aWholeLifeTakesAboutTheDeliveryTime() {
        Random random = new Random(1);
        Duration deliveryTime = Duration.ofSeconds(4);
        for (int i = 0; i < 1000; i++) {
            long total = 0;
            String status = "queued";
            for (Optional<Lifecycle.Step> step = Lifecycle.after(status, SandboxOutcome.DELIVERED); step.isPresent();
                 step = Lifecycle.after(status, SandboxOutcome.DELIVERED)) {
                total += Lifecycle.delayOf(step.get(), deliveryTime, random).toMillis();
                status = step.get().status();
            }
            assertTrue(total >= 2000 && total <= 6000, total + " ms");
        }
    }
}
