package com.deliverytracker.optouts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptOutKeywordsTest {

    @ParameterizedTest(name = "OptOutType={0} Body={1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "null, STOP, OPT_OUT",
            "null, ' stop ', OPT_OUT",
            "null, StopAll, OPT_OUT",
            "null, UNSUBSCRIBE, OPT_OUT",
            "null, cancel, OPT_OUT",
            "null, END, OPT_OUT",
            "null, QUIT, OPT_OUT",
            "null, OPTOUT, OPT_OUT",
            "null, REVOKE, OPT_OUT",
            "null, START, OPT_IN",
            "null, unstop, OPT_IN",
            "null, Yes, OPT_IN",
            "null, HELP, HELP",
            "null, info, HELP",
            "null, please stop, NONE",
            "null, stopping by later, NONE",
            "null, null, NONE",
            "STOP, arrête, OPT_OUT",
            "START, commencer, OPT_IN",
            "HELP, aide, HELP",
            "'', STOP, OPT_OUT",
    })
    void classifies(String optOutType, String body, OptOutKeywords expected) {
        assertEquals(expected, OptOutKeywords.classify(optOutType, body));
    }
}
