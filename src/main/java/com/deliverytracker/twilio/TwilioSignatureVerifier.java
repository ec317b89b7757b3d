package com.deliverytracker.twilio;

import com.deliverytracker.platform.TrackerConfig;
import com.twilio.security.RequestValidator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;

/** Checks X-Twilio-Signature with twilio-java's own validator and TWILIO_AUTH_TOKEN. */
@ApplicationScoped
public class TwilioSignatureVerifier {

    private static final Logger LOG = Logger.getLogger(TwilioSignatureVerifier.class.getName());

    @Inject
    TrackerConfig config;

    private RequestValidator validator;

    @PostConstruct
    void init() {
        validator = config.authToken().map(RequestValidator::new).orElse(null);
        if (validator == null) {
            LOG.warning("TWILIO_AUTH_TOKEN is not set: every Twilio webhook will be refused with 403");
        }
    }

    public boolean isValid(String publicUrl, Map<String, String> bodyParams, String signature) {
        return validator != null && signature != null && !signature.isBlank()
                && validator.validate(publicUrl, bodyParams, signature);
    }
}
