package com.deliverytracker.twilio;

import com.deliverytracker.platform.TrackerConfig;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.message.Feedback;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.rest.api.v2010.account.MessageReader;
import com.twilio.type.PhoneNumber;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * The one door to Twilio's REST API. It owns the {@link TwilioRestClient}, speaks twilio-java, and turns
 * every answer into our own types: a {@link TwilioMessage}, or one of three exceptions that say whether the
 * message was refused, never processed, or possibly sent.
 */
@ApplicationScoped
public class TwilioGateway {

    private static final Logger LOG = Logger.getLogger(TwilioGateway.class.getName());

    @Inject
    TrackerConfig config;

    private TwilioRestClient client;
    private TwilioHttpClient http;
    private TwilioRestClient readClient;
    private TwilioHttpClient readHttp;

    @PostConstruct
    void connect() {
        if (config.accountSid().isEmpty() || config.authToken().isEmpty()) {
            LOG.warning("TWILIO_ACCOUNT_SID or TWILIO_AUTH_TOKEN is not set: sends will be refused");
            return;
        }
        http = new TwilioHttpClient(config.apiBaseUrl(), config.twilioMaxAttempts(), config.twilioMaxRetryWait(),
                config.twilioReadTimeout());
        client = new TwilioRestClient.Builder(config.accountSid().get(), config.authToken().get())
                .httpClient(http)
                .build();
        // Reads are never retried here: a 429 must reach the reconciler, which slows its whole run down.
        readHttp = new TwilioHttpClient(config.apiBaseUrl(), 1, config.twilioMaxRetryWait(), config.twilioReadTimeout());
        readClient = new TwilioRestClient.Builder(config.accountSid().get(), config.authToken().get())
                .httpClient(readHttp)
                .build();
        LOG.info(() -> "Twilio API at " + config.apiBaseUrl());
    }

    public TwilioMessage send(OutboundMessage message) {
        if (client == null) {
            throw new TwilioNotProcessedException("Twilio credentials are not configured", null);
        }
        MessageCreator creator = creatorFor(message)
                .setStatusCallback(message.statusCallback())
                .setProvideFeedback(message.provideFeedback() ? Boolean.TRUE : null);
        http.forgetLastStatus();
        try {
            return toTwilioMessage(creator.create(client));
        } catch (ApiException e) {
            throw translate(e);
        }
    }

    /**
     * Sends Message Feedback ({@code POST /Messages/{sid}/Feedback.json}). Not retried: feedback is cheap to
     * give again, and the caller sees the failure.
     */
    public void feedback(String sid, String outcome) {
        requireCredentials();
        readHttp.forgetLastStatus();
        try {
            Feedback.creator(sid).setOutcome(Feedback.Outcome.forValue(outcome)).create(readClient);
        } catch (ApiException e) {
            throw translateRead(e);
        }
    }

    /** GET /Messages/{sid}.json: what Twilio knows about one message now. */
    public TwilioMessage fetch(String sid) {
        requireCredentials();
        readHttp.forgetLastStatus();
        try {
            return toTwilioMessage(Message.fetcher(sid).fetch(readClient));
        } catch (ApiException e) {
            throw translateRead(e);
        }
    }

    /**
     * The most recent messages to {@code to} (and from {@code from}, when given), newest first, one page of at
     * most {@code pageSize}: what is needed to find a message whose create() answer was lost.
     */
    public List<TwilioMessage> recentMessagesTo(String to, String from, int pageSize) {
        requireCredentials();
        MessageReader reader = Message.reader().setTo(new PhoneNumber(to)).setPageSize((long) pageSize);
        if (from != null) {
            reader.setFrom(new PhoneNumber(from));
        }
        readHttp.forgetLastStatus();
        try {
            return reader.firstPage(readClient).getRecords().stream().map(TwilioGateway::toTwilioMessage).toList();
        } catch (ApiException e) {
            throw translateRead(e);
        }
    }

    private void requireCredentials() {
        if (readClient == null) {
            throw new TwilioNotProcessedException("Twilio credentials are not configured", null);
        }
    }

    /** A read changes nothing at Twilio: whatever went wrong, asking again later is safe. */
    private RuntimeException translateRead(ApiException e) {
        OptionalInt httpStatus = readHttp.lastStatus();
        if (httpStatus.isPresent() && httpStatus.getAsInt() == 429) {
            return new TwilioThrottledException(e.getCode() == null ? 20429 : e.getCode(),
                    readHttp.lastRetryAfter().orElse(null));
        }
        if (httpStatus.isPresent() && httpStatus.getAsInt() >= 400 && httpStatus.getAsInt() < 500) {
            return new TwilioRejectedException(httpStatus.getAsInt(), e.getCode(), e.getMessage());
        }
        return new TwilioNotProcessedException("Twilio read failed: " + e.getMessage(), e.getCode());
    }

    private static MessageCreator creatorFor(OutboundMessage message) {
        PhoneNumber to = new PhoneNumber(message.to());
        boolean hasMedia = message.mediaUrls() != null && !message.mediaUrls().isEmpty();
        MessageCreator creator;
        if (message.messagingServiceSid() != null) {
            creator = hasMedia
                    ? Message.creator(to, message.messagingServiceSid(), message.mediaUrls())
                    : Message.creator(to, message.messagingServiceSid(), message.body());
        } else {
            PhoneNumber from = new PhoneNumber(message.from());
            creator = hasMedia
                    ? Message.creator(to, from, message.mediaUrls())
                    : Message.creator(to, from, message.body());
        }
        if (hasMedia && message.body() != null) {
            creator.setBody(message.body());
        }
        return creator;
    }

    private RuntimeException translate(ApiException e) {
        OptionalInt httpStatus = http.lastStatus();
        if (httpStatus.isEmpty()) {
            if (TwilioHttpClient.neverReachedTwilio(e)) {
                return new TwilioNotProcessedException("Twilio API unreachable: " + e.getMessage(), null);
            }
            boolean timedOut = hasCause(e, SocketTimeoutException.class);
            return new TwilioOutcomeUnknownException(timedOut
                    ? "No answer from Twilio in time: the message may have been sent"
                    : "Connection to Twilio failed mid-request: the message may have been sent", timedOut);
        }
        int status = httpStatus.getAsInt();
        if (status == 429) {
            return new TwilioNotProcessedException("Twilio is rate limiting this account (429)",
                    e.getCode() == null ? 20429 : e.getCode());
        }
        if (status >= 500 || status < 400) {
            return new TwilioOutcomeUnknownException(status < 400
                    ? "Twilio's answer (" + status + ") could not be read: the message may have been sent"
                    : "Twilio answered " + status + ": the message may have been sent", false);
        }
        return new TwilioRejectedException(status, e.getCode(), e.getMessage());
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static TwilioMessage toTwilioMessage(Message message) {
        return new TwilioMessage(
                message.getSid(),
                message.getStatus() == null ? null : message.getStatus().toString(),
                message.getTo(),
                message.getFrom() == null ? null : message.getFrom().toString(),
                message.getMessagingServiceSid(),
                message.getBody(),
                message.getErrorCode(),
                message.getErrorMessage(),
                parseIntOrNull(message.getNumSegments()),
                message.getPrice(),
                message.getPriceUnit() == null ? null : message.getPriceUnit().getCurrencyCode(),
                instant(message.getDateCreated()),
                instant(message.getDateSent()));
    }

    private static Instant instant(ZonedDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static Integer parseIntOrNull(String number) {
        try {
            return number == null ? null : Integer.valueOf(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
