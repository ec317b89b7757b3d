package com.deliverytracker.twilio;

import com.twilio.security.RequestValidator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Signs webhooks as Twilio does, for the sandbox's callbacks. twilio-java 13 computes X-Twilio-Signature only in
 * a private method of {@link RequestValidator}; calling that method keeps every HMAC in twilio-java, as the
 * project's rules ask, at the price of a private API. So each signature is checked with the public
 * {@code validate} before it leaves, and a twilio-java without the method fails when the signer is made.
 */
public final class WebhookSigner {

    private final RequestValidator validator;
    private final Method signature;

    public WebhookSigner(String authToken) {
        validator = new RequestValidator(authToken);
        try {
            signature = RequestValidator.class.getDeclaredMethod("getValidationSignature", String.class, Map.class);
            signature.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("This twilio-java cannot sign webhooks: see docs/sandbox.md", e);
        }
    }

    /** The X-Twilio-Signature of a POST to {@code url} with these form parameters. */
    public String sign(String url, Map<String, String> formParams) {
        String signed;
        try {
            signed = (String) signature.invoke(validator, url, formParams);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("twilio-java could not sign a webhook for " + url, e);
        }
        if (!validator.validate(url, formParams, signed)) {
            throw new IllegalStateException("twilio-java's signature for " + url + " does not validate");
        }
        return signed;
    }
}
