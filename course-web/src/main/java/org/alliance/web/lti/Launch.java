package org.alliance.web.lti;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

/** A validated id_token's claims, read by name (LTI Core 1.3, Deep Linking 2.0, AGS 2.0, NRPS 2.0). */
record Launch(Platform platform, Jwt token) {
    static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String MESSAGE_TYPE = CLAIM + "message_type";
    static final String VERSION = CLAIM + "version";
    static final String DEPLOYMENT = CLAIM + "deployment_id";
    static final String ROLES = CLAIM + "roles";
    static final String CONTEXT = CLAIM + "context";
    static final String RESOURCE_LINK = CLAIM + "resource_link";
    static final String CUSTOM = CLAIM + "custom";
    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    static final String DEEP_LINKING = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";

    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

    String sub() {
        return token.getSubject();
    }

    String messageType() {
        return string(token.getClaims(), MESSAGE_TYPE);
    }

    boolean deepLinking() {
        return DEEP_LINKING_REQUEST.equals(messageType());
    }

    String displayName() {
        String name = token.getClaimAsString("name");
        if (name == null || name.isBlank()) {
            name = (nullToEmpty(token.getClaimAsString("given_name")) + " "
                            + nullToEmpty(token.getClaimAsString("family_name")))
                    .strip();
        }
        return name.isBlank() ? "" : name;
    }

    /** The context roles, full IRIs or the short names LTI 1.1 used (both are allowed by the specification). */
    Set<String> roles() {
        var roles = token.getClaimAsStringList(ROLES);
        return roles == null ? Set.of() : Set.copyOf(roles);
    }

    boolean hasRole(String shortName) {
        return roles().contains(MEMBERSHIP + shortName) || roles().contains(shortName);
    }

    /** Instructor or content developer of the context, but not only a teaching assistant. */
    boolean staff() {
        return hasRole("Instructor") || hasRole("ContentDeveloper") || hasRole("Administrator");
    }

    boolean teachingAssistant() {
        return roles().contains(MEMBERSHIP + "Instructor#TeachingAssistant");
    }

    @Nullable
    String contextId() {
        return string(map(CONTEXT), "id");
    }

    @Nullable
    String contextTitle() {
        return string(map(CONTEXT), "title");
    }

    @Nullable
    String resourceLinkId() {
        return string(map(RESOURCE_LINK), "id");
    }

    @Nullable
    String custom(String key) {
        return string(map(CUSTOM), key);
    }

    @Nullable
    String lineItem() {
        return string(map(AGS), "lineitem");
    }

    @Nullable
    String lineItems() {
        return string(map(AGS), "lineitems");
    }

    @Nullable
    String membershipsUrl() {
        return string(map(NRPS), "context_memberships_url");
    }

    Map<String, Object> deepLinkingSettings() {
        return map(DEEP_LINKING);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String claim) {
        Object value = token.getClaims().get(claim);
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static @Nullable String string(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    private static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    List<String> acceptTypes() {
        Object types = deepLinkingSettings().get("accept_types");
        return types instanceof List<?> l ? l.stream().map(Object::toString).toList() : List.of();
    }
}
