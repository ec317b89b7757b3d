package com.deliverytracker.sandbox.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a sandbox message's life ends: the final status Twilio's API reports, its error code, and whether the
 * callback for it is sent. Two outcomes show reconciliation at work: a lost callback (Twilio knows the message
 * was delivered, the tracker is never told), and a carrier that never sends a receipt (it stays sent).
 */
public enum SandboxOutcome {
    DELIVERED("delivered", "delivered", null, true, "+15005550006", "delivered"),
    UNDELIVERED_30003("30003", "undelivered", 30003, true, "+150055530003", "undelivered: unreachable handset (30003)"),
    UNDELIVERED_30005("30005", "undelivered", 30005, true, "+150055530005", "undelivered: unknown handset (30005)"),
    UNDELIVERED_30006("30006", "undelivered", 30006, true, "+150055530006", "undelivered: landline or unreachable carrier (30006)"),
    UNDELIVERED_30007("30007", "undelivered", 30007, true, "+150055530007", "undelivered: filtered by the carrier (30007)"),
    FAILED_30008("30008", "failed", 30008, true, "+150055530008", "failed: unknown error (30008)"),
    CALLBACK_LOST("callback-lost", "delivered", null, false, "+15005559001",
            "delivered, but the delivered callback never arrives: reconciliation finds it"),
    NO_RECEIPT("no-receipt", "sent", null, false, "+15005559002",
            "the carrier never sends a receipt: it stays sent, reconciliation keeps asking, then gives up");

    private final String wireName;
    private final String finalStatus;
    private final Integer errorCode;
    private final boolean finalCallbackSent;
    private final String scenarioNumber;
    private final String description;

    SandboxOutcome(String wireName, String finalStatus, Integer errorCode, boolean finalCallbackSent,
                   String scenarioNumber, String description) {
        this.wireName = wireName;
        this.finalStatus = finalStatus;
        this.errorCode = errorCode;
        this.finalCallbackSent = finalCallbackSent;
        this.scenarioNumber = scenarioNumber;
        this.description = description;
    }

    public String wireName() {
        return wireName;
    }

    /** The status Twilio's API ends up reporting. */
    public String finalStatus() {
        return finalStatus;
    }

    public Integer errorCode() {
        return errorCode;
    }

    public boolean finalCallbackSent() {
        return finalCallbackSent;
    }

    /** The recipient number that always gets this outcome. */
    public String scenarioNumber() {
        return scenarioNumber;
    }

    public String description() {
        return description;
    }

    public static Optional<SandboxOutcome> fromWireName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(outcome -> outcome.wireName.equals(wanted)).findFirst();
    }

    /** The outcome a scenario number (an E.164 phone number) always gets. */
    public static Optional<SandboxOutcome> forScenarioNumber(String number) {
        return Arrays.stream(values()).filter(outcome -> outcome.scenarioNumber.equals(number)).findFirst();
    }
}
