package com.deliverytracker.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real headless Chromium, against the tracker in sandbox mode: what a newcomer sees after
 * the README's run command. Screenshots go to target/screenshots.
 */
abstract class DashboardScenarios {

    final String base = Tracker.sandbox().base();

    @Test
    void aMessageSentFromTheFormIsDeliveredInTheListAndItsTimelineWithoutReloading() {
        try (Browser browser = Browser.start()) {
            browser.open(base + "/");
            browser.await("body[data-mode='sandbox'][data-transport='sse']");
            browser.script("window.notReloaded = true");

            browser.type("#send-to", "+15005550006");
            browser.type("#send-body", "Hello from the dashboard");
            browser.find("#send-submit").click();
            String id = browser.await("#send-result[data-message-id]:not([data-message-id=''])").getAttribute("data-message-id");

            browser.await("#messages tr[data-id='" + id + "'] .badge[data-status='delivered']");
            browser.await("#timeline[data-message-id='" + id + "'] li.event[data-status='delivered'][data-source='callback']");
            List<String> history = browser.find("#timeline").findElements(org.openqa.selenium.By.cssSelector("li.event")).stream()
                    .map(event -> event.getAttribute("data-status") + "/" + event.getAttribute("data-source")).toList();
            assertEquals(List.of("queued/api", "sending/callback", "sent/callback", "delivered/callback"), history);
            assertEquals(Boolean.TRUE, browser.script("return window.notReloaded === true"), "updated without reloading");
            browser.awaitText("#transport-state", "server-sent events");
            Path shot = browser.screenshot("dashboard-delivered");
            assertTrue(Files.exists(shot));
            assertEquals(List.of(), browser.consoleErrors(null));
        }
    }

    @Test
    void withoutTheStreamItPollsAndShowsAnUndeliveredMessageWithItsExplainedError() {
        try (Browser browser = Browser.start()) {
            browser.block("*api/messages/stream*");
            browser.open(base + "/");
            browser.await("body[data-mode='sandbox'][data-transport='polling']");

            browser.type("#send-to", "+150055530003");
            browser.type("#send-body", "Nobody picks up");
            browser.find("#send-submit").click();
            String id = browser.await("#send-result[data-message-id]:not([data-message-id=''])").getAttribute("data-message-id");

            browser.await("#messages tr[data-id='" + id + "'] .badge[data-status='undelivered']");
            browser.await("#timeline[data-message-id='" + id + "'] li.event[data-status='undelivered']");
            browser.awaitText("#timeline", "30003");
            browser.awaitText("#timeline", "Unreachable destination handset");
            browser.awaitText("#chart-errors", "30003");
            assertTrue(Integer.parseInt(browser.find("#chart-funnel").getAttribute("data-total")) >= 1);
            browser.awaitText("#transport-state", "Polling");
            browser.screenshot("dashboard-polling-undelivered");
            assertEquals(List.of(), browser.consoleErrors("api/messages/stream"));
        }
    }

    @Test
    void anInboundMessagePlayedFromTheSandboxPanelAppearsWithItsReply() {
        try (Browser browser = Browser.start()) {
            browser.open(base + "/");
            browser.await("body[data-mode='sandbox'][data-transport='sse']");

            browser.script("window.shownBefore = [...document.querySelectorAll('#messages tr[data-id]')].map(r => r.dataset.id)");

            browser.type("#inbound-from", "+15005550006");
            browser.type("#inbound-body", "HELP");
            browser.find("#inbound-submit").click();

            browser.await("#sandbox-result[data-outcome='ok']");
            browser.awaitTrue("[...document.querySelectorAll('#messages tr[data-id]')]"
                    + ".filter(r => !window.shownBefore.includes(r.dataset.id))"
                    + ".some(r => r.querySelector('[data-direction=inbound]') && r.textContent.includes('HELP')"
                    + " && r.querySelector(\".badge[data-status=received]\"))");
            browser.awaitTrue("[...document.querySelectorAll('#messages tr[data-id]')]"
                    + ".filter(r => !window.shownBefore.includes(r.dataset.id))"
                    + ".some(r => r.querySelector('[data-direction=reply]') && r.textContent.includes('this reply is tracked')"
                    + " && r.querySelector(\".badge[data-status=delivered]\"))");
            browser.screenshot("dashboard-inbound");
            assertEquals(List.of(), browser.consoleErrors(null));
        }
    }
}
