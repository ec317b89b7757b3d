package com.deliverytracker.errors;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * One entry of Twilio's error catalogue: what the code means, its likely causes and the fix. {@code known}
 * is false for a code the shipped catalogue lacks (it is from 2023: codes above 30035 are missing); Twilio's
 * page for it is still linked.
 */
@JsonbNillable
@JsonbPropertyOrder({"code", "known", "title", "description", "causes", "solutions", "product", "moreInfo"})
public record TwilioError(int code, boolean known, String title, String description, String causes,
                          String solutions, String product, String moreInfo) {

    static TwilioError unknown(int code) {
        return new TwilioError(code, false, null, null, null, null, null, moreInfo(code));
    }

    static String moreInfo(int code) {
        return "https://www.twilio.com/docs/errors/" + code;
    }
}
