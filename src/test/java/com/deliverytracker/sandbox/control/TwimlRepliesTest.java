package com.deliverytracker.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deliverytracker.twilio.TwimlWriter;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwimlRepliesTest {

    @Test
    void readsWhatTheTrackersTwimlWriterWrites() {
        String twiml = new TwimlWriter().reply("Help: \"quotes\" & <tags> 🚀",
                URI.create("http://localhost:8080/twilio/status?inReplyTo=abc"));

        assertEquals(List.of(new TwimlReplies.Reply("Help: \"quotes\" & <tags> 🚀", List.of(),
                "http://localhost:8080/twilio/status?inReplyTo=abc", null, null)), TwimlReplies.parse(twiml));
    }

    @Test
    void anEmptyResponseAsksForNothing() {
        assertTrue(TwimlReplies.parse(new TwimlWriter().noReply()).isEmpty());
    }

    @Test
    void readsBodyAndMediaVerbsAndAddresses() {
        List<TwimlReplies.Reply> replies = TwimlReplies.parse("<Response><Message to=\"+14155550100\" from=\"+15005550006\">"
                + "<Body>See this</Body><Media>https://example.com/a.png</Media></Message><Message>two</Message></Response>");

        assertEquals(new TwimlReplies.Reply("See this", List.of("https://example.com/a.png"), null, "+14155550100",
                "+15005550006"), replies.get(0));
        assertEquals("two", replies.get(1).body());
    }

    @Test
    void refusesWhatIsNotTwimlAndEveryDoctype() {
        assertThrows(IllegalArgumentException.class, () -> TwimlReplies.parse("{\"not\": \"xml\"}"));
        assertThrows(IllegalArgumentException.class, () -> TwimlReplies.parse("<Html/>"));
        assertThrows(IllegalArgumentException.class, () -> TwimlReplies.parse("<!DOCTYPE r [<!ENTITY x SYSTEM"
                + " \"file:///etc/passwd\">]><Response><Message>&x;</Message></Response>"));
    }
}
