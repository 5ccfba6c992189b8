package org.alliance.web.journey;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A real-browser journey against the app on a random port, with the {@link ResponseRecorder} in place (off
 * until a test starts it). Every IT that needs the recorder uses this one annotation, so Failsafe's JVM
 * holds at most this context beside the plain one, and Spring's test cache reuses it across classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ResponseRecorder.Config.class)
@ExtendWith(SecurityHolderOfThisApp.class)
@interface BrowserJourney {}
