package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Inbound messages answered with TwiML, replies tracked through their action URL, opt-outs honoured. */
abstract class InboundScenarios {

    static final String AUTO_REPLY = "Thanks! We got your message & will reply <soon>.";

    final Tracker tracker = Tracker.deployed();
    final TwilioDouble twilio = TwilioDouble.instance();

    @Test
    void aSignedInboundIsRecordedAndAnsweredWithTrackedTwiml() throws Exception {
        String from = Tracker.newNumber();
        String ours = Tracker.newNumber();
        String sid = TwilioDouble.newSid();

        Http.Reply reply = tracker.inbound(Tracker.inboundParams(sid, from, ours, "Hello there"));

        assertEquals(200, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("text/xml"), reply.contentType());
        Document twiml = xml(reply.body());
        assertEquals("Response", twiml.getDocumentElement().getTagName());
        Element message = only(twiml.getElementsByTagName("Message"));
        assertEquals(AUTO_REPLY, message.getTextContent());
        assertEquals("POST", message.getAttribute("method"));
        JsonObject inbound = tracker.get("/api/messages/" + sid).json();
        assertEquals(tracker.base() + "/twilio/status?inReplyTo=" + inbound.getString("id"),
                message.getAttribute("action"));
        assertEquals("inbound", inbound.getString("direction"));
        assertEquals("received", inbound.getString("status"));
        assertEquals(from, inbound.getString("from"));
        assertEquals(ours, inbound.getString("to"));
        assertEquals("Hello there", inbound.getString("body"));
        assertEquals(1, inbound.getInt("numSegments"));
        assertEquals(0, inbound.getInt("numMedia"));
    }

    @Test
    void theReplysStatusCallbacksTrackItAndLinkItToTheInbound() throws Exception {
        String from = Tracker.newNumber();
        String ours = Tracker.newNumber();
        String sid = TwilioDouble.newSid();
        Element message = only(xml(tracker.inbound(Tracker.inboundParams(sid, from, ours, "Hi")).body())
                .getElementsByTagName("Message"));
        String action = message.getAttribute("action");
        String path = action.substring(tracker.base().length());

        String replySid = TwilioDouble.newSid();
        for (String status : new String[]{"queued", "sent", "delivered"}) {
            Map<String, String> params = Tracker.statusParams(replySid, status, from);
            params.put("From", ours);
            assertEquals(204, tracker.postSigned(path, params, action).status());
        }

        JsonObject replyMessage = tracker.get("/api/messages/" + replySid).json();
        JsonObject inbound = tracker.get("/api/messages/" + sid).json();
        assertEquals("reply", replyMessage.getString("direction"));
        assertEquals("delivered", replyMessage.getString("status"));
        assertEquals(AUTO_REPLY, replyMessage.getString("body"), "the reply's text, though its callbacks carry none");
        assertEquals(inbound.getString("id"), replyMessage.getString("inReplyTo"));
        assertEquals(replyMessage.getString("id"), inbound.getJsonArray("replies").getString(0));
        assertEquals(3, tracker.get("/api/messages/" + replySid + "/events").jsonArray().size());
    }

    @Test
    void anUnsignedInboundIs403AndNotRecorded() {
        String sid = TwilioDouble.newSid();
        Map<String, String> params = Tracker.inboundParams(sid, Tracker.newNumber(), Tracker.newNumber(), "hi");
        ValidationScenarios.assertProblem(tracker.postWithSignature("/twilio/inbound", params, null), 403);
        ValidationScenarios.assertProblem(tracker.postWithSignature("/twilio/inbound", params, "Zm9yZ2Vk"), 403);
        assertEquals(404, tracker.get("/api/messages/" + sid).status());
    }

    @Test
    void aRetriedInboundIsRecordedOnceAndAnsweredAlike() {
        String sid = TwilioDouble.newSid();
        String ours = Tracker.newNumber();
        Map<String, String> params = Tracker.inboundParams(sid, Tracker.newNumber(), ours, "again");

        Http.Reply first = tracker.inbound(params);
        Http.Reply retry = tracker.inbound(params);

        assertEquals(200, retry.status());
        assertEquals(first.body(), retry.body());
        JsonArray inbound = tracker.get("/api/messages?direction=inbound&to=" + Http.encode(ours)).json()
                .getJsonArray("items");
        assertEquals(1, inbound.size());
        assertEquals(1, tracker.get("/api/messages/" + sid + "/events").jsonArray().size());
    }

    @Test
    void stopGetsNoReplyAndBlocksSendsUntilStart() throws Exception {
        String customer = Tracker.newNumber();
        String ours = Tracker.newNumber();

        Http.Reply stop = tracker.inbound(Tracker.inboundParams(TwilioDouble.newSid(), customer, ours, " Stop "));
        assertEquals(0, xml(stop.body()).getElementsByTagName("Message").getLength(), stop.body());
        assertTrue(optedOut().contains(customer));

        Http.Reply refused = tracker.send("{\"to\":\"" + customer + "\",\"body\":\"promo\"}");
        ValidationScenarios.assertProblem(refused, 422);
        assertEquals(21610, refused.json().getInt("twilioCode"));
        assertEquals(0, twilio.callsTo(customer).size());

        Map<String, String> start = Tracker.inboundParams(TwilioDouble.newSid(), customer, ours, "START");
        start.put("OptOutType", "START");
        Http.Reply optIn = tracker.inbound(start);
        assertEquals(0, xml(optIn.body()).getElementsByTagName("Message").getLength(), optIn.body());
        assertFalse(optedOut().contains(customer));
        assertEquals(201, tracker.send("{\"to\":\"" + customer + "\",\"body\":\"welcome back\"}").status());
        assertEquals(1, twilio.callsTo(customer).size());
    }

    @Test
    void advancedOptOutWithASentenceForABodyOptsOut() throws Exception {
        String customer = Tracker.newNumber();
        Map<String, String> params = Tracker.inboundParams(TwilioDouble.newSid(), customer, Tracker.newNumber(),
                "Please stop sending me these messages, I never signed up for them");
        params.put("OptOutType", "STOP");

        Http.Reply reply = tracker.inbound(params);

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(0, xml(reply.body()).getElementsByTagName("Message").getLength());
        assertTrue(optedOut().contains(customer));
    }

    @Test
    void aRepeatedSendMadeBeforeAnOptOutStillAnswersWithThatSend() {
        String customer = Tracker.newNumber();
        String key = java.util.UUID.randomUUID().toString();
        String json = "{\"to\":\"" + customer + "\",\"body\":\"sent before STOP\"}";
        Http.Reply first = tracker.send(json, key);
        assertEquals(201, first.status());
        tracker.inbound(Tracker.inboundParams(TwilioDouble.newSid(), customer, Tracker.newNumber(), "STOP"));

        Http.Reply repeat = tracker.send(json, key);

        assertEquals(200, repeat.status(), repeat::toString);
        assertEquals(first.json().getString("id"), repeat.json().getString("id"));
        ValidationScenarios.assertProblem(tracker.send("{\"to\":\"" + customer + "\",\"body\":\"new\"}"), 422);
    }

    @Test
    void everyOptOutKeywordOptsOut() throws Exception {
        for (String keyword : new String[]{"STOPALL", "unsubscribe", "Cancel", "END", "QUIT", "OPTOUT", "REVOKE"}) {
            String customer = Tracker.newNumber();
            Http.Reply reply = tracker.inbound(Tracker.inboundParams(TwilioDouble.newSid(), customer,
                    Tracker.newNumber(), keyword));
            assertEquals(0, xml(reply.body()).getElementsByTagName("Message").getLength(), keyword);
            assertTrue(optedOut().contains(customer), keyword);
        }
    }

    @Test
    void aKeywordRuleRepliesWithEscapedText() throws Exception {
        Http.Reply reply = tracker.inbound(Tracker.inboundParams(TwilioDouble.newSid(), Tracker.newNumber(),
                Tracker.newNumber(), "help"));
        Element message = only(xml(reply.body()).getElementsByTagName("Message"));
        assertEquals("Help: \"quotes\", 'apostrophes', <tags> & emoji \uD83D\uDE80. Reply STOP to opt out.",
                message.getTextContent());
    }

    @Test
    void anInboundWithTwoMediaRecordsBoth() {
        String sid = TwilioDouble.newSid();
        Map<String, String> params = Tracker.inboundParams(sid, Tracker.newNumber(), Tracker.newNumber(), "");
        params.put("NumMedia", "2");
        params.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1");
        params.put("MediaContentType0", "image/jpeg");
        params.put("MediaUrl1", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME2");
        params.put("MediaContentType1", "video/mp4");

        assertEquals(200, tracker.inbound(params).status());

        JsonObject inbound = tracker.get("/api/messages/" + sid).json();
        assertEquals(2, inbound.getInt("numMedia"));
        JsonArray media = inbound.getJsonArray("media");
        assertEquals(2, media.size());
        assertEquals("image/jpeg", media.getJsonObject(0).getString("contentType"));
        assertTrue(media.getJsonObject(1).getString("url").endsWith("/ME2"));
        assertEquals("video/mp4", media.getJsonObject(1).getString("contentType"));
    }

    @Test
    void aSignedInboundWithoutSenderIs400() {
        Map<String, String> params = Tracker.inboundParams(TwilioDouble.newSid(), "x", Tracker.newNumber(), "hi");
        params.remove("From");
        ValidationScenarios.assertProblem(tracker.inbound(params), 400);
        Map<String, String> odd = Tracker.inboundParams(TwilioDouble.newSid(), Tracker.newNumber(),
                Tracker.newNumber(), "hi");
        odd.put("NumMedia", "many");
        ValidationScenarios.assertProblem(tracker.inbound(odd), 400);
    }

    @Test
    void listsFilterByDirection() {
        String ours = Tracker.newNumber();
        tracker.inbound(Tracker.inboundParams(TwilioDouble.newSid(), Tracker.newNumber(), ours, "in"));
        assertEquals(1, tracker.get("/api/messages?direction=inbound&to=" + Http.encode(ours)).json()
                .getJsonArray("items").size());
        assertEquals(0, tracker.get("/api/messages?direction=outbound&to=" + Http.encode(ours)).json()
                .getJsonArray("items").size());
        assertEquals(0, tracker.get("/api/messages?direction=reply&to=" + Http.encode(ours)).json()
                .getJsonArray("items").size());
    }

    java.util.List<String> optedOut() {
        return tracker.get("/api/opt-outs").jsonArray().stream().map(JsonValue::asJsonObject)
                .map(entry -> entry.getString("number")).toList();
    }

    static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static Element only(NodeList nodes) {
        assertEquals(1, nodes.getLength());
        return (Element) nodes.item(0);
    }
}
