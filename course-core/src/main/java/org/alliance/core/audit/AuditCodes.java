package org.alliance.core.audit;

import java.util.EnumSet;
import java.util.Set;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.Severity;

/** The problem codes of the assessment audit, and those an author may accept with a reason. */
public final class AuditCodes {

    private static final Set<ProblemCode> AUDIT = EnumSet.of(
            ProblemCode.KEY_LONGEST,
            ProblemCode.SPECIFIC_DETERMINER,
            ProblemCode.SPECIFIC_DETERMINER_STATEMENT,
            ProblemCode.NEGATIVE_STEM,
            ProblemCode.ALL_OR_NONE_OF_THE_ABOVE,
            ProblemCode.DUPLICATE_OPTION,
            ProblemCode.AMBIGUOUS_OPTION,
            ProblemCode.DISTRACTOR_FORM,
            ProblemCode.WEAK_BEST_OPTION,
            ProblemCode.KEY_LONGEST_SHARE,
            ProblemCode.TRUE_FALSE_BALANCE,
            ProblemCode.KEY_POSITION,
            ProblemCode.SIMILAR_ITEMS,
            ProblemCode.GUESSING_FLOOR,
            ProblemCode.COGNITIVE_WITHOUT_CASE,
            ProblemCode.LESSON_APPLY_SHARE,
            ProblemCode.NO_CLEAN_PATH,
            ProblemCode.MISSTEP_TIES_CLEAN,
            ProblemCode.SAFETY_UNMARKED,
            ProblemCode.UNUSED_DIMENSION,
            ProblemCode.DRILL_ONE_TEMPLATE,
            ProblemCode.UNUSED_ACCEPTANCE);

    private AuditCodes() {}

    /** Every code the audit reports. */
    public static Set<ProblemCode> all() {
        return Set.copyOf(AUDIT);
    }

    /**
     * The codes {@code audit: {accept: [...]}} may name: the audit's warnings, except the one about an
     * acceptance itself. Errors cannot be accepted: where the audit reports one, a score would be wrong.
     */
    public static Set<ProblemCode> acceptable() {
        Set<ProblemCode> codes = EnumSet.noneOf(ProblemCode.class);
        AUDIT.stream()
                .filter(c -> c.severity() == Severity.WARNING && c != ProblemCode.UNUSED_ACCEPTANCE)
                .forEach(codes::add);
        return codes;
    }
}
