package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deliverytracker.twilio.TwilioClients;
import com.twilio.base.ResourceSet;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.message.Feedback;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The sandbox speaks Twilio's wire format: twilio-java, the tracker's own client, parses every answer it gives;
 * its answers have exactly the fields of Twilio's OpenAPI description; its callbacks are signed as Twilio signs
 * them; its errors are Twilio's, codes included. Here the test is the sandbox's client, and its callbacks go to
 * a catcher on loopback.
 */
abstract class SandboxWireScenarios {

    static final String ACCOUNT_SID = "AC5a4db0c55a4db0c55a4db0c55a4db0c5";
    static final String AUTH_TOKEN = "sandbox-it-token";
    private static final Duration LIFE = Duration.ofSeconds(20);
    private static CallbackCatcher catcher;

    final String base = Tracker.sandbox().base();
    final TwilioRestClient twilio = TwilioClients.at(base + "/sandbox", ACCOUNT_SID, AUTH_TOKEN);

    private static synchronized CallbackCatcher catcher() {
        if (catcher == null) {
            catcher = new CallbackCatcher(Integer.getInteger("it.twilio.port"));
        }
        return catcher;
    }

    @Test
    void createAnswersAMessageTwilioJavaReadsInFull() {
        String to = Tracker.newNumber();
        Message created = Message.creator(new PhoneNumber(to), new PhoneNumber("+15005550006"), "Hello, sandbox")
                .setStatusCallback(URI.create(catcher().url("/status?ref=create")))
                .setProvideFeedback(true)
                .create(twilio);

        assertTrue(created.getSid().matches("^SM[0-9a-f]{32}$"), created.getSid());
        assertEquals(ACCOUNT_SID, created.getAccountSid());
        assertEquals(Message.Status.QUEUED, created.getStatus());
        assertEquals(to, created.getTo());
        assertEquals("+15005550006", created.getFrom().toString());
        assertEquals("Hello, sandbox", created.getBody());
        assertEquals("1", created.getNumSegments());
        assertEquals("0", created.getNumMedia());
        assertEquals(Message.Direction.OUTBOUND_API, created.getDirection());
        assertEquals("2010-04-01", created.getApiVersion());
        assertNotNull(created.getDateCreated(), "RFC 2822 dates parse");
        assertNotNull(created.getDateUpdated());
        assertNull(created.getDateSent());
        assertNull(created.getPrice());
        assertEquals("USD", created.getPriceUnit().getCurrencyCode());
        assertNull(created.getErrorCode());
        assertEquals("/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/" + created.getSid() + ".json", created.getUri());
        assertTrue(created.getSubresourceUris().get("feedback").endsWith("/Feedback.json"));
    }

    @Test
    void aMessagesLifeIsCalledBackSignedAsTwilioSignsWithTwiliosFields() throws Exception {
        String to = "+15005550006";
        String callback = catcher().url("/status?messageId=wire-" + Tracker.newNumber().substring(1));
        Message created = Message.creator(new PhoneNumber(to), new PhoneNumber("+15005550006"), "signed, please")
                .setStatusCallback(URI.create(callback)).create(twilio);

        List<CallbackCatcher.Received> calls = catcher().await(call -> created.getSid().equals(call.params().get("MessageSid")),
                3, LIFE);

        assertEquals(List.of("sending", "sent", "delivered"), calls.stream().map(c -> c.params().get("MessageStatus")).toList(),
                "no callback for the initial status");
        RequestValidator validator = new RequestValidator(AUTH_TOKEN);
        for (CallbackCatcher.Received call : calls) {
            assertEquals(URI.create(callback).getRawPath() + "?" + URI.create(callback).getRawQuery(), call.pathAndQuery());
            assertTrue(validator.validate(callback, call.params(), call.headers().get("x-twilio-signature")),
                    "signature of " + call.params());
            assertEquals(call.params().get("MessageStatus"), call.params().get("SmsStatus"));
            assertEquals(created.getSid(), call.params().get("SmsSid"));
            assertEquals(ACCOUNT_SID, call.params().get("AccountSid"));
            assertEquals("2010-04-01", call.params().get("ApiVersion"));
            assertEquals(to, call.params().get("To"));
            assertEquals("+15005550006", call.params().get("From"));
            assertEquals("TwilioProxy/1.1", call.headers().get("user-agent"));
            assertTrue(call.headers().get("content-type").startsWith("application/x-www-form-urlencoded"));
            assertNotNull(call.headers().get("i-twilio-idempotency-token"));
        }
        assertTrue(calls.get(2).params().get("RawDlrDoneDate").matches("^\\d{10}$"), "YYMMDDhhmm");
        assertNull(calls.get(1).params().get("RawDlrDoneDate"));
        assertFalse(new RequestValidator("another-token").validate(callback, calls.get(0).params(),
                calls.get(0).headers().get("x-twilio-signature")));
    }

    @Test
    void aDeliveredMessageIsFetchedWithWhenItWasSentAndItsPrice() throws Exception {
        Message created = Message.creator(new PhoneNumber("+15005550006"), new PhoneNumber("+15005550006"), "fetch me")
                .setStatusCallback(URI.create(catcher().url("/status?ref=fetch"))).create(twilio);
        catcher().await(call -> created.getSid().equals(call.params().get("MessageSid"))
                && "delivered".equals(call.params().get("MessageStatus")), 1, LIFE);

        Message fetched = Message.fetcher(created.getSid()).fetch(twilio);

        assertEquals(Message.Status.DELIVERED, fetched.getStatus());
        assertNotNull(fetched.getDateSent());
        assertEquals("-0.00790", fetched.getPrice());
        assertEquals(created.getDateCreated(), fetched.getDateCreated());
    }

    @Test
    void undeliveredAndFailedMessagesCarryTwiliosErrorCodes() throws Exception {
        Message unreachable = Message.creator(new PhoneNumber("+150055530003"), new PhoneNumber("+15005550006"), "x")
                .setStatusCallback(URI.create(catcher().url("/status?ref=30003"))).create(twilio);
        Message failed = Message.creator(new PhoneNumber("+150055530008"), new PhoneNumber("+15005550006"), "x")
                .setStatusCallback(URI.create(catcher().url("/status?ref=30008"))).create(twilio);

        CallbackCatcher.Received undelivered = catcher().await(call -> unreachable.getSid().equals(call.params().get("MessageSid"))
                && "undelivered".equals(call.params().get("MessageStatus")), 1, LIFE).get(0);
        CallbackCatcher.Received failure = catcher().await(call -> failed.getSid().equals(call.params().get("MessageSid"))
                && "failed".equals(call.params().get("MessageStatus")), 1, LIFE).get(0);

        assertEquals("30003", undelivered.params().get("ErrorCode"));
        assertEquals("30008", failure.params().get("ErrorCode"));
        Message fetched = Message.fetcher(unreachable.getSid()).fetch(twilio);
        assertEquals(Message.Status.UNDELIVERED, fetched.getStatus());
        assertEquals(30003, fetched.getErrorCode());
        assertEquals("Unreachable destination handset", fetched.getErrorMessage());
    }

    @Test
    void aMessagingServiceAcceptsFirstAndCallsBackFromQueued() throws Exception {
        String service = "MG" + "0123456789abcdef".repeat(2);
        Message accepted = Message.creator(new PhoneNumber("+15005550006"), service, "via a service")
                .setStatusCallback(URI.create(catcher().url("/status?ref=service"))).create(twilio);

        List<CallbackCatcher.Received> calls = catcher().await(call -> accepted.getSid().equals(call.params().get("MessageSid")),
                4, LIFE);

        assertEquals(Message.Status.ACCEPTED, accepted.getStatus());
        assertEquals(service, accepted.getMessagingServiceSid());
        assertEquals(List.of("queued", "sending", "sent", "delivered"),
                calls.stream().map(c -> c.params().get("MessageStatus")).toList());
        assertEquals(service, calls.get(0).params().get("MessagingServiceSid"));
    }

    @Test
    void listsAreFilteredByToNewestFirstAndPagedAsTwilioPages() {
        String to = Tracker.newNumber();
        List<String> sids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sids.add(0, Message.creator(new PhoneNumber(to), new PhoneNumber("+15005550006"), "page " + i).create(twilio).getSid());
        }

        ResourceSet<Message> all = Message.reader().setTo(new PhoneNumber(to)).setPageSize(2L).read(twilio);
        List<String> listed = StreamSupport.stream(all.spliterator(), false).map(Message::getSid).toList();

        assertEquals(sids, listed, "three pages of two, newest first, nothing twice");
        assertEquals(2, Message.reader().setTo(new PhoneNumber(to)).setPageSize(2L).firstPage(twilio).getRecords().size());
    }

    @Test
    void feedbackIsTaken() {
        Message created = Message.creator(new PhoneNumber("+15005550006"), new PhoneNumber("+15005550006"), "code 1234")
                .setProvideFeedback(true).create(twilio);

        Feedback feedback = Feedback.creator(created.getSid()).setOutcome(Feedback.Outcome.CONFIRMED).create(twilio);

        assertEquals(Feedback.Outcome.CONFIRMED, feedback.getOutcome());
        assertEquals(created.getSid(), feedback.getMessageSid());
        assertEquals(ACCOUNT_SID, feedback.getAccountSid());
        assertNotNull(feedback.getDateCreated());
    }

    @Test
    void aMessagingServicePicksTheSenderWhenItQueuesTheMessage() throws Exception {
        String service = "MG" + "fedcba9876543210".repeat(2);
        Message accepted = Message.creator(new PhoneNumber("+15005550006"), service, "who sends this?")
                .setStatusCallback(URI.create(catcher().url("/status?ref=sender"))).create(twilio);
        assertNull(accepted.getFrom(), "no sender yet while accepted");

        catcher().await(call -> accepted.getSid().equals(call.params().get("MessageSid")), 1, LIFE);

        assertEquals("+15005550006", Message.fetcher(accepted.getSid()).fetch(twilio).getFrom().toString());
    }

    @Test
    void feedbackIsRefusedForWhatTwilioWouldRefuse() {
        Message withoutFeedback = Message.creator(new PhoneNumber("+15005550006"), new PhoneNumber("+15005550006"), "x")
                .create(twilio);
        ApiException notAsked = assertThrows(ApiException.class,
                () -> Feedback.creator(withoutFeedback.getSid()).setOutcome(Feedback.Outcome.CONFIRMED).create(twilio));
        ApiException unknown = assertThrows(ApiException.class,
                () -> Feedback.creator("SM" + "1".repeat(32)).setOutcome(Feedback.Outcome.CONFIRMED).create(twilio));
        Message withFeedback = Message.creator(new PhoneNumber("+15005550006"), new PhoneNumber("+15005550006"), "x")
                .setProvideFeedback(true).create(twilio);
        Http.Reply badOutcome = Http.send(Http.request(base + "/sandbox/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages/"
                        + withFeedback.getSid() + "/Feedback.json").header("Authorization", basic())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("Outcome=maybe")).build());

        assertEquals(400, notAsked.getStatusCode());
        assertEquals(20001, notAsked.getCode());
        assertEquals(404, unknown.getStatusCode());
        assertEquals(20404, unknown.getCode());
        assertEquals(400, badOutcome.status(), badOutcome.toString());
        assertEquals(20001, badOutcome.json().getInt("code"));
    }

    @Test
    void whatTheSandboxCannotKeepOrDoIsRefusedNeverAnsweredWith500() {
        String messages = "/sandbox/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
        ApiException longCallback = assertThrows(ApiException.class, () -> Message.creator(new PhoneNumber("+15005550006"),
                new PhoneNumber("+15005550006"), "x").setStatusCallback(URI.create("https://example.com/" + "a".repeat(2001)))
                .create(twilio));
        Http.Reply pageTooLarge = Http.send(Http.request(base + messages + "?PageSize=1001").header("Authorization", basic())
                .GET().build());
        Http.Reply delete = Http.send(Http.request(base + messages).header("Authorization", basic()).DELETE().build());
        Http.Reply elsewhere = Http.send(Http.request(base + "/sandbox/2010-04-01/Accounts/" + ACCOUNT_SID + "/Calls.json")
                .header("Authorization", basic()).GET().build());

        assertEquals(21609, longCallback.getCode());
        assertEquals(400, pageTooLarge.status());
        assertEquals(20001, pageTooLarge.json().getInt("code"));
        assertEquals(405, delete.status());
        assertEquals("GET, POST", delete.header("Allow"));
        assertEquals(404, elsewhere.status());
        assertEquals(20404, elsewhere.json().getInt("code"));
    }

    @Test
    void twiliosMagicNumbersAndBadRequestsGetTwiliosErrors() {
        assertEquals(21211, refusal("+15005550001", "+15005550006", "x").getCode());
        assertEquals(21614, refusal("+15005550009", "+15005550006", "x").getCode());
        assertEquals(21610, refusal("+15005550004", "+15005550006", "x").getCode());
        assertEquals(21212, refusal("+14155550100", "+15005550001", "x").getCode());
        assertEquals(21606, refusal("+14155550100", "+15005550007", "x").getCode());
        assertEquals(21611, refusal("+14155550100", "+15005550008", "x").getCode());
        assertEquals(21211, refusal("12345", "+15005550006", "x").getCode());
        assertEquals(21602, refusal("+14155550100", "+15005550006", "").getCode());
        assertEquals(21617, refusal("+14155550100", "+15005550006", "x".repeat(1601)).getCode());
        ApiException invalid = refusal("+15005550001", "+15005550006", "x");
        assertEquals(400, invalid.getStatusCode());
        assertTrue(invalid.getMoreInfo().endsWith("/21211"), invalid.getMoreInfo());
    }

    @Test
    void wrongCredentialsAndUnknownMessagesAreRefusedAsByTwilio() {
        TwilioRestClient stranger = TwilioClients.at(base + "/sandbox", ACCOUNT_SID, "wrong-token");
        ApiException unauthenticated = assertThrows(ApiException.class, () -> Message.fetcher("SM" + "0".repeat(32)).fetch(stranger));
        ApiException missing = assertThrows(ApiException.class, () -> Message.fetcher("SM" + "0".repeat(32)).fetch(twilio));

        assertEquals(20003, unauthenticated.getCode());
        assertEquals(401, unauthenticated.getStatusCode());
        assertEquals(20404, missing.getCode());
        assertEquals(404, missing.getStatusCode());
    }

    @Test
    void answersHaveExactlyTheFieldsOfTwiliosOpenApiDescription() throws Exception {
        JsonObject contract = contract();
        Message created = Message.creator(new PhoneNumber("+15005550006"), new PhoneNumber("+15005550006"), "contract")
                .setProvideFeedback(true).create(twilio);
        String messages = "/sandbox/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages";

        JsonObject message = get(messages + "/" + created.getSid() + ".json");
        JsonObject page = get(messages + ".json?To=%2B15005550006&PageSize=1");
        JsonObject feedback = postForm(messages + "/" + created.getSid() + "/Feedback.json", "Outcome=unconfirmed");

        assertEquals(names(contract, "message"), new TreeSet<>(message.keySet()));
        assertEquals(names(contract, "listPage"), new TreeSet<>(page.keySet()));
        assertEquals(names(contract, "message"), new TreeSet<>(page.getJsonArray("messages").getJsonObject(0).keySet()));
        assertEquals(names(contract, "feedback"), new TreeSet<>(feedback.keySet()));
        assertTrue(names(contract, "messageStatuses").contains(message.getString("status")));
        assertTrue(message.getString("date_created").matches("^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000$"),
                message.getString("date_created"));
    }

    private ApiException refusal(String to, String from, String body) {
        return assertThrows(ApiException.class,
                () -> Message.creator(new PhoneNumber(to), new PhoneNumber(from), body).create(twilio));
    }

    private static Set<String> names(JsonObject contract, String part) {
        return contract.getJsonArray(part).getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonObject contract() throws Exception {
        try (InputStream in = SandboxWireScenarios.class.getResourceAsStream("/twilio/messages-contract.json");
             JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    private JsonObject get(String path) {
        return Http.send(Http.request(base + path).header("Authorization", basic()).GET().build()).json();
    }

    private JsonObject postForm(String path, String form) {
        Http.Reply reply = Http.send(Http.request(base + path).header("Authorization", basic())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
    }
}
