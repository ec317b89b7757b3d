package com.deliverytracker.sandbox.control;

/**
 * How many SMS segments a body takes, as carriers count them: GSM-7 text fits 160 characters in one segment
 * and 153 in each of several (characters of the extension table count twice); anything else is UCS-2, 70 and
 * 67 UTF-16 units.
 */
public final class Segments {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    private Segments() {
    }

    public static int of(String body) {
        if (body == null || body.isEmpty()) {
            return 1;
        }
        int septets = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                return count(body.length(), 70, 67);
            }
        }
        return count(septets, 160, 153);
    }

    private static int count(int units, int single, int perPart) {
        return units <= single ? 1 : (units + perPart - 1) / perPart;
    }
}
