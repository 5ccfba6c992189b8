package org.alliance.web.xapi;

import java.util.Map;
import org.alliance.web.xapi.Statement.Verb;

/** The verbs Alliance uses, all from the ADL vocabulary (http://adlnet.gov/expapi/verbs/). */
final class Verbs {
    private static final String ADL = "http://adlnet.gov/expapi/verbs/";

    /** A lesson marked done; a quiz or vignette attempt finished (with its score where it has one). */
    static final Verb COMPLETED = adl("completed");

    /** A quiz item's committed answer. */
    static final Verb ANSWERED = adl("answered");

    /** A choice at a vignette's node (a reply to the client's turn) or a best-response pick. */
    static final Verb RESPONDED = adl("responded");

    /** A drill statement practised and rated for difficulty. */
    static final Verb INTERACTED = adl("interacted");

    /** A grade given later than the attempt: a free-text grade released, overridden or rescored. */
    static final Verb SCORED = adl("scored");

    /** Voids an earlier statement that a rescoring or override replaced. */
    static final Verb VOIDED = adl("voided");

    private Verbs() {}

    private static Verb adl(String name) {
        return new Verb(ADL + name, Map.of("en-US", name));
    }
}
