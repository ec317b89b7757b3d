package com.deliverytracker.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.security.RequestValidator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

    private static final Map<String, String> TWILIO_VECTOR_PARAMS = Map.of("Digits", "1234",
            "CallSid", "CA1234567890ABCDE", "To", "+18005551212", "Caller", "+14158675309", "From", "+14158675309");

    @Test
    void signsTwiliosPublishedTestVector() {
        String signature = new WebhookSigner("12345").sign("https://mycompany.com/myapp.php?foo=1&bar=2",
                TWILIO_VECTOR_PARAMS);

        assertEquals("RSOYDt4T1cUTdK1PDd93/VVr8B8=", signature);
    }

    @Test
    void aSignatureValidatesOnlyForItsOwnUrlParametersAndToken() {
        String url = "http://localhost:8080/twilio/status?messageId=6f1c";
        Map<String, String> params = Map.of("MessageSid", "SM1", "MessageStatus", "delivered", "Body", "héllo 🚀 &=+");
        String signature = new WebhookSigner("sandbox-token").sign(url, params);

        RequestValidator validator = new RequestValidator("sandbox-token");
        assertTrue(validator.validate(url, params, signature));
        assertFalse(validator.validate(url.replace("6f1c", "6f1d"), params, signature));
        assertFalse(validator.validate(url, Map.of("MessageSid", "SM1", "MessageStatus", "sent", "Body", "héllo 🚀 &=+"),
                signature));
        assertFalse(new RequestValidator("another-token").validate(url, params, signature));
        assertNotEquals(signature, new WebhookSigner("another-token").sign(url, params));
    }
}
