package com.deliverytracker.twilio;

import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.time.Duration;

/** twilio-java clients for tests, rebased like the tracker's own (TwilioHttpClient) onto another API base. */
public final class TwilioClients {

    private TwilioClients() {
    }

    public static TwilioRestClient at(String apiBaseUrl, String accountSid, String authToken) {
        return new TwilioRestClient.Builder(accountSid, authToken)
                .httpClient(new TwilioHttpClient(URI.create(apiBaseUrl), 1, Duration.ofMillis(100), Duration.ofSeconds(10)))
                .build();
    }
}
