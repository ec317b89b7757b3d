package com.deliverytracker.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same WAR on a server of its own set up like the README's first run: no Twilio credentials and no
 * API_KEYS, so the tracker talks to its built-in sandbox (the Maven execution "sandbox" in pom.xml). One
 * deployment for every sandbox scenario, as for the acceptance suite.
 */
@Tag("sandbox")
@ExtendWith(ArquillianExtension.class)
class SandboxIT {

    @Deployment(testable = false)
    static WebArchive tracker() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")));
    }

    @Nested
    class Sandbox extends SandboxScenarios {
    }

    @Nested
    class TwilioWire extends SandboxWireScenarios {
    }

    @Nested
    class Dashboard extends DashboardScenarios {
    }
}
