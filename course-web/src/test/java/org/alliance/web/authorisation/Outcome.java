package org.alliance.web.authorisation;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** What one cell of the matrix expects, or what a call did. */
enum Outcome {
    /** Allowed: the call did its work or answered with something. */
    ALLOWED("ok"),
    /** Allowed, whatever it answers: for lists of the caller's own things, which other cells may have filled. */
    ANY("yes"),
    /** Allowed to ask, but answered with nothing (empty, false): what a service says for "not yours". */
    NOTHING("none"),
    /** Refused: Spring Security's access denied, or the service's own refusal (its feature's exception). */
    REFUSED("no"),
    /** Not found (views only): the not-found page. */
    NOT_FOUND("404"),
    /** Sent to another page (views only), such as a signed-in user sent home from the sign-in page. */
    AWAY("away");

    final String code;

    Outcome(String code) {
        this.code = code;
    }

    static Outcome ofCode(String code) {
        return Arrays.stream(values())
                .filter(o -> o.code.equals(code))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("no outcome " + code + " (ok, yes, none, no, 404, away)"));
    }

    static Outcome ofResult(@Nullable Object result) {
        boolean nothing = switch (result) {
            case null -> false;
            case Optional<?> o -> o.isEmpty();
            case Collection<?> c -> c.isEmpty();
            case Map<?, ?> m -> m.isEmpty();
            case Boolean b -> !b;
            case Number n -> n.doubleValue() == 0;
            case byte[] bytes -> bytes.length == 0;
            default -> false;
        };
        return nothing ? NOTHING : ALLOWED;
    }

    /** A refusal a service answers with instead of throwing (an import refused: not found, not yours). */
    static boolean isRefusal(@Nullable Object result) {
        return result != null && result.getClass().getSimpleName().equals("Refused");
    }

    /** Whether what happened ({@code actual}) meets this expectation. */
    boolean admits(Outcome actual) {
        return this == actual || this == ANY && (actual == ALLOWED || actual == NOTHING);
    }

    /** Refused, for access denied or a feature's exception; empty for anything else (a test or app bug). */
    static Optional<Outcome> ofFailure(Throwable failure) {
        if (failure instanceof AccessDeniedException) {
            return Optional.of(REFUSED);
        }
        String type = failure.getClass().getName();
        if (type.startsWith("org.alliance.web.") && type.endsWith("Exception")) {
            return Optional.of(REFUSED);
        }
        // Some services refuse a call they cannot serve with IllegalArgumentException ("no such reflection in a
        // course you are enrolled in"); the message says so, unlike an error.
        if (failure.getClass() == IllegalArgumentException.class) {
            return Optional.of(REFUSED);
        }
        return Optional.empty();
    }
}
