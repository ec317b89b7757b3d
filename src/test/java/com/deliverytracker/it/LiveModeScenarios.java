package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * With Twilio credentials configured the tracker is live: the sandbox cannot be reached, its development key is
 * refused, and the API and the dashboard say so.
 */
abstract class LiveModeScenarios {

    final Tracker tracker = Tracker.deployed();

    @Test
    void theModeIsLiveAndNeedsNoKeyToAsk() {
        Http.Reply mode = Http.send(Http.request(tracker.base() + "/api/mode").GET().build());

        assertEquals(200, mode.status());
        JsonObject json = mode.json();
        assertEquals("live", json.getString("mode"));
        assertTrue(json.isNull("devApiKey"));
        assertTrue(json.getJsonArray("scenarios").isEmpty());
        JsonObject ready = Http.send(Http.request(tracker.base() + "/api/health/ready").GET().build()).json();
        assertEquals("UP", ready.getString("status"));
        JsonObject twilio = ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> "twilio-credentials".equals(check.getString("name"))).findFirst().orElseThrow();
        assertEquals("UP", twilio.getString("status"));
        assertTrue(twilio.isNull("detail"), "no word of a sandbox: " + twilio);
    }

    @Test
    void theSandboxsTwilioApiDoesNotExist() {
        String messages = "/sandbox/2010-04-01/Accounts/" + TwilioDouble.ACCOUNT_SID + "/Messages.json";
        String basic = "Basic " + Base64.getEncoder().encodeToString((TwilioDouble.ACCOUNT_SID + ":"
                + TwilioDouble.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));

        Http.Reply create = Http.send(Http.request(tracker.base() + messages).header("Authorization", basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("To=%2B15005550006&From=%2B15005550006&Body=hi")).build());
        Http.Reply list = Http.send(Http.request(tracker.base() + messages).header("Authorization", basic).GET().build());

        assertEquals(404, create.status(), create.toString());
        assertEquals("application/problem+json", create.contentType().split(";")[0]);
        assertEquals(404, list.status());
    }

    @Test
    void theSandboxsControlsDoNotExistEvenWithAValidKey() {
        Http.Reply burst = Http.send(tracker.api("/sandbox/burst?count=5").POST(HttpRequest.BodyPublishers.noBody()).build());
        Http.Reply inbound = Http.send(tracker.api("/sandbox/inbound").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"from\":\"+14155550100\",\"body\":\"HELP\"}")).build());

        assertEquals(404, burst.status(), burst.toString());
        assertEquals(404, inbound.status(), inbound.toString());
    }

    @Test
    void theDevelopmentKeyIsRefused() {
        Http.Reply refused = Http.send(Http.request(tracker.base() + "/api/messages")
                .header("Authorization", "Bearer " + Tracker.DEV_API_KEY).GET().build());

        assertEquals(401, refused.status());
    }

    @Test
    void theDashboardIsServedWithAPolicyThatKeepsItToItself() {
        Http.Reply page = Http.send(Http.request(tracker.base() + "/").GET().build());
        Http.Reply script = Http.send(Http.request(tracker.base() + "/assets/dashboard.js").GET().build());

        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("Delivery Tracker"));
        String policy = page.header("Content-Security-Policy");
        assertTrue(policy.contains("default-src 'self'") && policy.contains("script-src 'self'")
                && policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertEquals(200, script.status());
        assertTrue(script.contentType().contains("javascript"), script.contentType());
    }
}
