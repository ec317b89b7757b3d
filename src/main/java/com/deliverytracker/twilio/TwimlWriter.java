package com.deliverytracker.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;

/** TwiML answers to inbound messages, written by twilio-java (which escapes the text). */
@ApplicationScoped
public class TwimlWriter {

    public String reply(String text, URI action) {
        return new MessagingResponse.Builder()
                .message(new Message.Builder(text).action(action).method(HttpMethod.POST).build())
                .build()
                .toXml();
    }

    public String noReply() {
        return new MessagingResponse.Builder().build().toXml();
    }
}
