package com.deliverytracker.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The acceptance suite: the WAR that {@code mvn package} built, deployed once to a managed server (booting
 * Payara Micro costs ~25 s per deployment), exercised over HTTP. Each nested class is one feature's
 * scenarios; Twilio is the loopback {@link TwilioDouble}.
 */
@ExtendWith(ArquillianExtension.class)
class DeliveryTrackerIT {

    @Deployment(testable = false)
    static WebArchive tracker() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @Nested
    class Sending extends SendingScenarios {
    }

    @Nested
    class Validation extends ValidationScenarios {
    }

    @Nested
    class Idempotency extends IdempotencyScenarios {
    }

    @Nested
    class TwilioFailures extends TwilioFailureScenarios {
    }

    @Nested
    class StatusCallbacks extends StatusCallbackScenarios {
    }

    @Nested
    class WebhookSecurity extends WebhookSecurityScenarios {
    }

    @Nested
    class Listing extends ListingScenarios {
    }

    @Nested
    class Inbound extends InboundScenarios {
    }

    @Nested
    class Database extends DatabaseScenarios {
    }

    @Nested
    class Reconciliation extends ReconciliationScenarios {
    }

    @Nested
    class Insights extends InsightsScenarios {
    }

    @Nested
    class StatsRollup extends StatsRollupScenarios {
    }

    @Nested
    class MessageStream extends MessageStreamScenarios {
    }

    @Nested
    class LiveMode extends LiveModeScenarios {
    }
}
