package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An unsigned or mis-signed webhook is refused with 403 and changes nothing. */
abstract class WebhookSecurityScenarios {

    final Tracker tracker = Tracker.deployed();

    @Test
    void missingSignatureIs403AndNothingChanges() {
        Target target = target();
        Http.Reply reply = tracker.postWithSignature(target.path(), target.delivered(), null);
        ValidationScenarios.assertProblem(reply, 403);
        assertUnchanged(target);
    }

    @Test
    void forgedSignatureIs403AndNothingChanges() {
        Target target = target();
        Http.Reply reply = tracker.postWithSignature(target.path(), target.delivered(), "bm90LWEtc2lnbmF0dXJl");
        ValidationScenarios.assertProblem(reply, 403);
        assertUnchanged(target);
    }

    @Test
    void signatureWithAnotherTokenIs403() {
        Target target = target();
        String signature = new TwilioSigner("some-other-token").sign(tracker.base() + target.path(), target.delivered());
        ValidationScenarios.assertProblem(tracker.postWithSignature(target.path(), target.delivered(), signature), 403);
        assertUnchanged(target);
    }

    @Test
    void signatureForAnotherUrlIs403() {
        Target target = target();
        Http.Reply wrongHost = tracker.postSigned(target.path(), target.delivered(),
                "https://attacker.example" + target.path());
        Http.Reply droppedQuery = tracker.postSigned(target.path(), target.delivered(),
                tracker.base() + "/twilio/status");
        ValidationScenarios.assertProblem(wrongHost, 403);
        ValidationScenarios.assertProblem(droppedQuery, 403);
        assertUnchanged(target);
    }

    @Test
    void tamperedParametersAre403() {
        Target target = target();
        String signature = new TwilioSigner(TwilioDouble.AUTH_TOKEN).sign(tracker.base() + target.path(),
                Tracker.statusParams(target.sid(), "sent", target.to()));
        ValidationScenarios.assertProblem(tracker.postWithSignature(target.path(), target.delivered(), signature), 403);
        assertUnchanged(target);
    }

    @Test
    void malformedFormEncodingWithoutAValidSignatureIs403() {
        for (String path : new String[]{"/twilio/status", "/twilio/inbound"}) {
            Http.Reply reply = Http.send(Http.request(tracker.base() + path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Twilio-Signature", "eA==")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("MessageSid=%&MessageStatus=%zz")).build());
            ValidationScenarios.assertProblem(reply, 403);
        }
    }

    @Test
    void aMalformedQueryStringWithoutAValidSignatureIsRefused() throws Exception {
        // java.net.URI refuses to build such a URL, so this request goes out on a plain socket
        java.net.URI base = java.net.URI.create(tracker.base());
        String body = "MessageSid=SM1&MessageStatus=sent";
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("POST /twilio/status?messageId=%zz HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Twilio-Signature: eA==\r\n"
                    + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            // our servlet refuses it (403); Undertow on WildFly already refuses the URL itself (400)
            assertTrue(statusLine.startsWith("HTTP/1.1 403") || statusLine.startsWith("HTTP/1.1 400"), statusLine);
        }
    }

    @Test
    void webhooksTakePostOnly() {
        for (String path : new String[]{"/twilio/status", "/twilio/inbound"}) {
            Http.Reply reply = Http.send(Http.request(tracker.base() + path).GET().build());
            ValidationScenarios.assertProblem(reply, 405);
            assertEquals("POST", reply.header("Allow"));
        }
    }

    @Test
    void twilioPublishedTestVectorValidates() {
        String signature = new TwilioSigner("12345").sign("https://mycompany.com/myapp.php?foo=1&bar=2", Map.of(
                "Digits", "1234", "CallSid", "CA1234567890ABCDE", "To", "+18005551212",
                "Caller", "+14158675309", "From", "+14158675309"));
        assertEquals("RSOYDt4T1cUTdK1PDd93/VVr8B8=", signature);
    }

    record Target(String id, String sid, String to) {
        String path() {
            return "/twilio/status?messageId=" + id;
        }

        Map<String, String> delivered() {
            return Tracker.statusParams(sid, "delivered", to);
        }
    }

    Target target() {
        String to = Tracker.newNumber();
        JsonObject sent = tracker.sendOk(to, "guarded");
        return new Target(sent.getString("id"), sent.getString("sid"), to);
    }

    void assertUnchanged(Target target) {
        assertEquals("queued", tracker.get("/api/messages/" + target.id()).json().getString("status"));
        assertEquals(1, tracker.get("/api/messages/" + target.id() + "/events").jsonArray().size());
    }
}
