package org.alliance.web.lti.platform;

import java.util.List;
import java.util.Map;

/**
 * What the test platform's next id_token says: who launches, in which role, from which LMS course and link, and,
 * for the bad-token cases, what is wrong with it.
 */
public record LaunchSpec(
        String messageType,
        String sub,
        String name,
        List<String> roles,
        String contextId,
        String resourceLinkId,
        Map<String, String> custom,
        boolean withLineItem,
        Fault fault) {

    public enum Fault {
        NONE,
        WRONG_KEY,
        EXPIRED,
        WRONG_AUDIENCE,
        UNKNOWN_DEPLOYMENT
    }

    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    public static LaunchSpec learner(String sub, String resourceLinkId, Map<String, String> custom) {
        return new LaunchSpec(
                "LtiResourceLinkRequest",
                sub,
                "Lea Learner",
                List.of(LEARNER),
                "ctx-1",
                resourceLinkId,
                custom,
                true,
                Fault.NONE);
    }

    public static LaunchSpec deepLinking(String sub) {
        return new LaunchSpec(
                "LtiDeepLinkingRequest",
                sub,
                "Ivo Instructor",
                List.of(INSTRUCTOR),
                "ctx-1",
                "",
                Map.of(),
                false,
                Fault.NONE);
    }

    public LaunchSpec with(Fault newFault) {
        return new LaunchSpec(messageType, sub, name, roles, contextId, resourceLinkId, custom, withLineItem, newFault);
    }
}
