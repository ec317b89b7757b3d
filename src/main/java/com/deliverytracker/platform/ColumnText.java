package com.deliverytracker.platform;

/** Text that Twilio or a policy hands us is cut to its column's length rather than failing the write. */
public final class ColumnText {

    private ColumnText() {
    }

    public static String fit(String text, int columnLength) {
        return text == null || text.length() <= columnLength ? text : text.substring(0, columnLength);
    }
}
