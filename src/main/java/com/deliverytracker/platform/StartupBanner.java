package com.deliverytracker.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Says, once deployed, where to go and whom the tracker talks to; in sandbox mode loudly, with the development
 * key. Reading the configuration here also makes a contradictory one (TWILIO_MODE) fail the deployment.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    TrackerConfig config;

    @PostConstruct
    void announce() {
        String base = config.publicBaseUrl();
        if (!config.isSandbox()) {
            LOG.info(() -> "Delivery Tracker is up: dashboard " + base + "/, API " + base + "/api, Twilio at "
                    + config.apiBaseUrl());
            return;
        }
        String key = config.devApiKey()
                .map(dev -> "API key for development: " + dev + " (Authorization: Bearer " + dev + ")")
                .orElse("API keys: those in API_KEYS");
        LOG.warning(() -> "\n"
                + "  Delivery Tracker is up in SANDBOX MODE: no Twilio credentials are set, so messages go to the\n"
                + "  built-in Twilio sandbox at " + config.apiBaseUrl() + " and nothing reaches Twilio.\n"
                + "  Dashboard: " + base + "/\n"
                + "  " + key + "\n"
                + "  Set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (and TWILIO_MODE=live) to send for real.");
    }
}
