package com.deliverytracker.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void keepsCountryPrefixAndLastTwoDigits() {
        assertEquals("+14*******23", PhoneNumbers.mask("+14155550123"));
        assertEquals("whatsapp:+44********00", PhoneNumbers.mask("whatsapp:+447700900100"));
        assertEquals("-", PhoneNumbers.mask(null));
    }
}
