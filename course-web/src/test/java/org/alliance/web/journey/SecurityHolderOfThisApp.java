package org.alliance.web.journey;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test, points the JVM-wide {@link SecurityContextHolder} at the holder strategy of the app this test
 * runs against. Vaadin installs its own strategy as the JVM-wide one whenever an app context starts, and the
 * journeys run in two cached contexts (with and without the response recorder): without this, a test that calls
 * a service as someone ({@code TestUsers.signIn}) after the other context started would put the user where its
 * own app's method security does not look.
 */
final class SecurityHolderOfThisApp implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(
                SpringExtension.getApplicationContext(context).getBean(SecurityContextHolderStrategy.class));
    }
}
