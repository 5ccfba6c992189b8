package org.alliance.web.security;

import java.util.List;

/**
 * The other sites the app deals with as an LTI tool (provided by the lti feature, so security does not depend on
 * it): the LMSs a Deep Linking answer may be posted to, and those registered to show the app inside their pages.
 */
public interface PlatformOrigins {
    /** Origins ({@code https://lms.example.edu}) of every registered platform: allowed as form targets. */
    List<String> formTargets();

    /** Origins of the platforms in iframe mode: allowed to frame the app. */
    List<String> frameAncestors();
}
