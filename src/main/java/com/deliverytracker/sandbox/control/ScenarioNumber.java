package com.deliverytracker.sandbox.control;

import com.deliverytracker.sandbox.entity.SandboxOutcome;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A recipient number whose fate is fixed in the sandbox: Twilio's magic numbers and the outcome numbers. */
@JsonbPropertyOrder({"number", "outcome", "description"})
public record ScenarioNumber(String number, String outcome, String description) {

    public static List<ScenarioNumber> all() {
        List<ScenarioNumber> all = new ArrayList<>();
        for (SandboxOutcome outcome : SandboxOutcome.values()) {
            all.add(new ScenarioNumber(outcome.scenarioNumber(), outcome.wireName(), outcome.description()));
        }
        CreateRules.MAGIC_TO.forEach((number, refusal) -> all.add(new ScenarioNumber(number,
                String.valueOf(refusal.code()), "refused at create: " + refusal.message())));
        all.sort(Comparator.comparing(ScenarioNumber::number));
        return all;
    }
}
