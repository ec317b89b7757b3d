package com.deliverytracker.it;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/** The deployed tracker as its two kinds of callers see it: enterprise systems on /api, Twilio on /twilio. */
public final class Tracker {

    public static final String API_KEY = "it-key-one";
    /** The key a sandbox without API_KEYS accepts, as the README's walkthrough uses it. */
    public static final String DEV_API_KEY = "dev-key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String base;
    private final String apiKey;
    private final TwilioSigner signer = new TwilioSigner(TwilioDouble.AUTH_TOKEN);

    public Tracker(String base) {
        this(base, API_KEY);
    }

    private Tracker(String base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    public static Tracker deployed() {
        return new Tracker("http://localhost:" + Integer.getInteger("it.http.port"));
    }

    /** The deployed tracker in sandbox mode (SandboxIT's server), with the development key. */
    public static Tracker sandbox() {
        return sandboxAt("http://localhost:" + Integer.getInteger("it.http.port"));
    }

    public static Tracker sandboxAt(String base) {
        return new Tracker(base, DEV_API_KEY);
    }

    public String base() {
        return base;
    }

    /** A number no other test uses, so the Twilio double's calls and scripts stay per test. */
    public static String newNumber() {
        return "+1999" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    public Http.Reply send(String json) {
        return Http.send(api("/api/messages").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Http.Reply send(String json, String idempotencyKey) {
        return Http.send(api("/api/messages").header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public JsonObject sendOk(String to, String body) {
        Http.Reply reply = send("{\"to\":\"" + to + "\",\"body\":\"" + body + "\"}");
        if (reply.status() != 201) {
            throw new AssertionError("send failed: " + reply);
        }
        return reply.json();
    }

    /** Runs a reconciliation now (POST /api/reconciliation/runs) and answers the run's figures. */
    public JsonObject reconcile() {
        Http.Reply reply = Http.send(api("/api/reconciliation/runs").timeout(java.time.Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        if (reply.status() != 200) {
            throw new AssertionError("reconciliation run failed: " + reply);
        }
        return reply.json();
    }

    public Http.Reply get(String path) {
        return Http.send(api(path).GET().build());
    }

    public HttpRequest.Builder api(String path) {
        return Http.request(base + path).header("Authorization", "Bearer " + apiKey);
    }

    /** Posts a status callback signed for the public URL Twilio would have called. */
    public Http.Reply callback(String messageId, Map<String, String> params) {
        String path = "/twilio/status" + (messageId == null ? "" : "?messageId=" + messageId);
        return postSigned(path, params, base + path);
    }

    public Http.Reply postSigned(String path, Map<String, String> params, String signedUrl) {
        return postWithSignature(path, params, signer.sign(signedUrl, params));
    }

    public Http.Reply postWithSignature(String path, Map<String, String> params, String signature) {
        HttpRequest.Builder request = Http.request(base + path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.form(params)));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return Http.send(request.build());
    }

    /** Posts an inbound-message webhook signed for the public URL Twilio would have called. */
    public Http.Reply inbound(Map<String, String> params) {
        return postSigned("/twilio/inbound", params, base + "/twilio/inbound");
    }

    public static Map<String, String> inboundParams(String sid, String from, String to, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", sid);
        params.put("SmsSid", sid);
        params.put("SmsMessageSid", sid);
        params.put("AccountSid", TwilioDouble.ACCOUNT_SID);
        params.put("From", from);
        params.put("To", to);
        params.put("Body", body);
        params.put("NumSegments", "1");
        params.put("NumMedia", "0");
        params.put("ApiVersion", "2010-04-01");
        return params;
    }

    public static Map<String, String> statusParams(String sid, String status, String to) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", sid);
        params.put("SmsSid", sid);
        params.put("MessageStatus", status);
        params.put("SmsStatus", status);
        params.put("AccountSid", TwilioDouble.ACCOUNT_SID);
        params.put("From", "+15005550006");
        params.put("To", to);
        params.put("ApiVersion", "2010-04-01");
        return params;
    }
}
