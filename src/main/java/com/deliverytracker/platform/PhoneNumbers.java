package com.deliverytracker.platform;

/** Phone numbers in logs show only enough to tell them apart. */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static String mask(String number) {
        if (number == null) {
            return "-";
        }
        int visibleStart = Math.min(number.indexOf('+') + 3, number.length());
        int visibleEnd = Math.max(visibleStart, number.length() - 2);
        return number.substring(0, visibleStart) + "*".repeat(visibleEnd - visibleStart)
                + number.substring(visibleEnd);
    }
}
