package com.deliverytracker.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SegmentsTest {

    @Test
    void gsmTextFits160InOneSegmentAnd153InEachOfSeveral() {
        assertEquals(1, Segments.of("a".repeat(160)));
        assertEquals(2, Segments.of("a".repeat(161)));
        assertEquals(2, Segments.of("a".repeat(306)));
        assertEquals(3, Segments.of("a".repeat(307)));
    }

    @Test
    void extensionCharactersCountTwice() {
        assertEquals(1, Segments.of("€".repeat(80)));
        assertEquals(2, Segments.of("€".repeat(81)));
    }

    @Test
    void anythingElseIsUcs2Of70And67Units() {
        assertEquals(1, Segments.of("ß" + "ç".repeat(69)));
        assertEquals(2, Segments.of("ç".repeat(71)));
        assertEquals(1, Segments.of("🚀".repeat(35)));
        assertEquals(2, Segments.of("🚀".repeat(36)));
    }

    @Test
    void mediaWithoutBodyIsOneSegment() {
        assertEquals(1, Segments.of(null));
        assertEquals(1, Segments.of(""));
    }
}
