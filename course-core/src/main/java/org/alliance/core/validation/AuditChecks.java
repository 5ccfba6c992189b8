package org.alliance.core.validation;

import org.alliance.core.audit.Audit;
import org.alliance.core.audit.Finding;

/** Puts the assessment audit's findings among the validator's problems, at their file positions. */
final class AuditChecks {

    private AuditChecks() {}

    static void run(Checking c) {
        for (Finding f : Audit.of(c.course())) {
            c.log().add(problem(f, c.sources().locate(f.path())));
        }
    }

    static Problem problem(Finding f, Location at) {
        Problem p = Problem.of(f.code(), at, f.path(), f.params());
        return f.acceptedWhy().map(p::accepted).orElse(p);
    }
}
