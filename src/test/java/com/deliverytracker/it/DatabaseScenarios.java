package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The suite really runs on the database it names, with the schema the migrations made. Only where the test
 * can reach that database too (-Ppayara,postgres sets it.jdbcUrl): the embedded H2 file is held by the server.
 */
abstract class DatabaseScenarios {

    final Tracker tracker = Tracker.deployed();

    // An assumption, not @EnabledIfSystemProperty: class-level conditions are not inherited by the nested class.
    @BeforeEach
    void onlyWhereTheTestCanReachTheDatabase() {
        assumeFalse(System.getProperty("it.jdbcUrl", "").isBlank(),
                "the embedded H2 database is open only to the server");
    }

    @Test
    void aMessageSentThroughTheApiIsARowInTheDatabase() throws SQLException {
        JsonObject sent = tracker.sendOk(Tracker.newNumber(), "stored where we think");

        assertEquals("QUEUED", single("select status from tracked_message where id = ?", sent.getString("id")));
    }

    @Test
    void theSchemaIsTheMigrationsAndTheSequenceStepsAsEclipseLinkAllocates() throws SQLException {
        assertEquals("true",
                single("select cast(success as varchar(5)) from flyway_schema_history where version = ?", "1"));
        assertEquals("50", single("select cast(increment_by as varchar(20)) from pg_sequences where sequencename = ?",
                "status_event_seq"));
    }

    private static String single(String sql, String parameter) throws SQLException {
        try (Connection connection = TrackerDatabase.postgres();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
