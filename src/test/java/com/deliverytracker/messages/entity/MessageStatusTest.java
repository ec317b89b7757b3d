package com.deliverytracker.messages.entity;

import static com.deliverytracker.messages.entity.MessageStatus.ACCEPTED;
import static com.deliverytracker.messages.entity.MessageStatus.CANCELED;
import static com.deliverytracker.messages.entity.MessageStatus.DELIVERED;
import static com.deliverytracker.messages.entity.MessageStatus.FAILED;
import static com.deliverytracker.messages.entity.MessageStatus.OUTCOME_UNKNOWN;
import static com.deliverytracker.messages.entity.MessageStatus.PARTIALLY_DELIVERED;
import static com.deliverytracker.messages.entity.MessageStatus.PENDING;
import static com.deliverytracker.messages.entity.MessageStatus.QUEUED;
import static com.deliverytracker.messages.entity.MessageStatus.READ;
import static com.deliverytracker.messages.entity.MessageStatus.RECEIVED;
import static com.deliverytracker.messages.entity.MessageStatus.RECEIVING;
import static com.deliverytracker.messages.entity.MessageStatus.SCHEDULED;
import static com.deliverytracker.messages.entity.MessageStatus.SENDING;
import static com.deliverytracker.messages.entity.MessageStatus.SENT;
import static com.deliverytracker.messages.entity.MessageStatus.UNDELIVERED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MessageStatusTest {

    @ParameterizedTest(name = "{0} then {1} -> {2}")
    @CsvSource({
            // the normal path moves forward
            "PENDING, QUEUED, QUEUED",
            "PENDING, ACCEPTED, ACCEPTED",
            "ACCEPTED, SCHEDULED, SCHEDULED",
            "ACCEPTED, QUEUED, QUEUED",
            "SCHEDULED, QUEUED, QUEUED",
            "QUEUED, SENDING, SENDING",
            "SENDING, SENT, SENT",
            "SENT, DELIVERED, DELIVERED",
            "SENT, UNDELIVERED, UNDELIVERED",
            "SENT, FAILED, FAILED",
            "SENT, PARTIALLY_DELIVERED, PARTIALLY_DELIVERED",
            "PARTIALLY_DELIVERED, DELIVERED, DELIVERED",
            "PARTIALLY_DELIVERED, UNDELIVERED, UNDELIVERED",
            "SCHEDULED, CANCELED, CANCELED",
            "RECEIVING, RECEIVED, RECEIVED",
            "DELIVERED, READ, READ",
            "SENT, READ, READ",
            // late, lower or equal news never moves a message backwards
            "SENT, QUEUED, SENT",
            "SENT, SENDING, SENT",
            "SENDING, QUEUED, SENDING",
            "QUEUED, ACCEPTED, QUEUED",
            "QUEUED, SCHEDULED, QUEUED",
            "SENDING, RECEIVING, SENDING",
            // final statuses absorb everything else
            "DELIVERED, SENT, DELIVERED",
            "DELIVERED, UNDELIVERED, DELIVERED",
            "DELIVERED, FAILED, DELIVERED",
            "UNDELIVERED, DELIVERED, UNDELIVERED",
            "UNDELIVERED, READ, UNDELIVERED",
            "FAILED, DELIVERED, FAILED",
            "FAILED, READ, FAILED",
            "CANCELED, QUEUED, CANCELED",
            "CANCELED, SENT, CANCELED",
            "RECEIVED, READ, RECEIVED",
            "READ, DELIVERED, READ",
            "READ, SENT, READ",
            // our own statuses: any Twilio news outranks them, and a late unknown outcome changes nothing
            "PENDING, OUTCOME_UNKNOWN, OUTCOME_UNKNOWN",
            "OUTCOME_UNKNOWN, QUEUED, QUEUED",
            "OUTCOME_UNKNOWN, DELIVERED, DELIVERED",
            "OUTCOME_UNKNOWN, FAILED, FAILED",
            "QUEUED, OUTCOME_UNKNOWN, QUEUED",
            "SENT, PENDING, SENT",
            "PENDING, FAILED, FAILED",
    })
    void transition(MessageStatus current, MessageStatus incoming, MessageStatus expected) {
        assertEquals(expected, current.advancedBy(incoming));
    }

    @Test
    void finalStatusesAreExactlyTheSix() {
        Set<MessageStatus> finals = EnumSet.noneOf(MessageStatus.class);
        for (MessageStatus status : MessageStatus.values()) {
            if (status.isFinal()) {
                finals.add(status);
            }
        }
        assertEquals(EnumSet.of(DELIVERED, UNDELIVERED, FAILED, READ, RECEIVED, CANCELED), finals);
    }

    @ParameterizedTest
    @EnumSource(MessageStatus.class)
    void aFinalStatusOnlyEverAdvancesToRead(MessageStatus current) {
        if (!current.isFinal()) {
            return;
        }
        for (MessageStatus incoming : MessageStatus.values()) {
            MessageStatus next = current.advancedBy(incoming);
            assertTrue(next == current || (current == DELIVERED && next == READ), current + " then " + incoming);
        }
    }

    @ParameterizedTest
    @EnumSource(MessageStatus.class)
    void statusNeverDropsInRank(MessageStatus current) {
        for (MessageStatus incoming : MessageStatus.values()) {
            assertTrue(current.advancedBy(incoming).rank() >= current.rank(), current + " then " + incoming);
        }
    }

    @Test
    void everyArrivalOrderOfTheNormalPathEndsRead() {
        List<MessageStatus> path = List.of(QUEUED, SENDING, SENT, DELIVERED, READ);
        List<List<MessageStatus>> orders = new ArrayList<>();
        permute(new ArrayList<>(path), 0, orders);
        for (List<MessageStatus> order : orders) {
            MessageStatus status = PENDING;
            for (MessageStatus incoming : order) {
                status = status.advancedBy(incoming);
            }
            assertEquals(READ, status, order::toString);
        }
    }

    @Test
    void wireNamesAreTwilios() {
        assertEquals("partially_delivered", PARTIALLY_DELIVERED.wireName());
        assertEquals(SENT, MessageStatus.fromWireName("sent").orElseThrow());
        assertEquals(CANCELED, MessageStatus.fromWireName("CANCELED").orElseThrow());
        assertFalse(MessageStatus.fromWireName("teleported").isPresent());
        assertFalse(MessageStatus.fromWireName(null).isPresent());
        for (String twilio : List.of("accepted", "scheduled", "queued", "sending", "sent", "delivered",
                "undelivered", "failed", "receiving", "received", "read", "canceled", "partially_delivered")) {
            assertTrue(MessageStatus.fromWireName(twilio).isPresent(), twilio);
        }
        assertEquals(ACCEPTED.rank() < SCHEDULED.rank(), true);
        assertEquals(RECEIVING.rank(), SENDING.rank());
        assertEquals(OUTCOME_UNKNOWN.rank() > PENDING.rank(), true);
    }

    private static void permute(List<MessageStatus> items, int k, List<List<MessageStatus>> out) {
        if (k == items.size()) {
            out.add(List.copyOf(items));
            return;
        }
        for (int i = k; i < items.size(); i++) {
            java.util.Collections.swap(items, k, i);
            permute(items, k + 1, out);
            java.util.Collections.swap(items, k, i);
        }
    }
}
