package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real-browser journey: the app on a random port and one headless Chromium per test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(SecurityHolderOfThisApp.class)
abstract class Journey {
    @LocalServerPort
    int port;

    Browser browser;

    /** A failing step leaves a screenshot of what the browser showed, taken before the browser closes. */
    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = (context, failure) -> {
        if (browser != null) {
            try {
                browser.screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    };

    /** How the browser reaches the app: "https" where a journey runs it with a test certificate. */
    String scheme() {
        return "http";
    }

    /** The window size the journey starts with. */
    int[] window() {
        return new int[] {1280, 900};
    }

    @BeforeEach
    void startBrowser() {
        browser = new Browser(scheme(), port, window()[0], window()[1]);
    }

    /** Every journey also checks that the Content-Security-Policy blocked nothing the app needs. */
    @AfterEach
    void stopBrowser() {
        try {
            assertThat(browser.cspViolations())
                    .as("Content-Security-Policy violations in the browser console")
                    .isEmpty();
        } finally {
            browser.close();
        }
    }
}
