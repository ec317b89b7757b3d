package com.deliverytracker.messages.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void theLongestCallingCodeWins() {
        assertEquals(Optional.of("DE"), Countries.of("+4915112345678"));
        assertEquals(Optional.of("GB"), Countries.of("+447700900123"));
        assertEquals(Optional.of("PT"), Countries.of("+351912345678"), "351, not 35");
        assertEquals(Optional.of("IE"), Countries.of("+353861234567"));
        assertEquals(Optional.of("NANP"), Countries.of("+14155550123"));
        assertEquals(Optional.of("RU"), Countries.of("+79161234567"));
    }

    @Test
    void channelPrefixesAreIgnoredAndNonE164HasNoCountry() {
        assertEquals(Optional.of("BR"), Countries.of("whatsapp:+5511912345678"));
        assertEquals(Optional.empty(), Countries.of("12345"), "a short code");
        assertEquals(Optional.empty(), Countries.of("MyBrand"), "an alphanumeric sender");
        assertEquals(Optional.empty(), Countries.of(null));
        assertEquals(Optional.empty(), Countries.of("+"));
    }
}
