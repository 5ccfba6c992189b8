package org.alliance.core.format;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.audit.AuditCodes;
import org.alliance.core.model.AuditAcceptance;
import org.alliance.core.model.Cognitive;
import org.alliance.core.validation.ProblemCode;

/**
 * The keys the assessment audit reads: {@code cognitive} on items and vignettes, and
 * {@code audit: {accept: [code, ...], why: "..."}} on the course, a lesson, a quiz, an item, a
 * vignette or a branching node. Only audit warnings can be accepted, and only with a reason.
 */
final class AuditKeys {

    private AuditKeys() {}

    static Optional<Cognitive> cognitive(YamlMap m) {
        return m.optChoice("cognitive", Cognitive.class);
    }

    static Optional<AuditAcceptance> acceptance(YamlMap m) {
        return m.map("audit").map(a -> {
            if (!a.has("accept")) {
                a.missing("accept");
            }
            List<String> codes = a.strings("accept");
            if (codes.isEmpty() && a.has("accept")) {
                a.context()
                        .report(
                                ProblemCode.EMPTY_LIST,
                                a.locationOf("accept"),
                                a.join("accept"),
                                "field",
                                "accept",
                                "minimum",
                                "one audit warning code");
            }
            List<String> allowed = AuditCodes.acceptable().stream()
                    .map(ProblemCode::key)
                    .sorted()
                    .toList();
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                if (!allowed.contains(code)) {
                    String at = a.join("accept") + "[" + i + "]";
                    a.context()
                            .report(
                                    ProblemCode.INVALID_VALUE,
                                    a.context().sources().locate(at),
                                    at,
                                    "value",
                                    code,
                                    "field",
                                    "accept",
                                    "allowed",
                                    String.join(", ", allowed),
                                    "suggestion",
                                    Spelling.closest(code, allowed).orElse(""));
                }
            }
            AuditAcceptance acceptance = new AuditAcceptance(codes, a.text("why"));
            a.finish();
            return acceptance;
        });
    }

    /** The {@code audit} mapping as the writer writes it. */
    static Map<String, Object> write(AuditAcceptance acceptance) {
        return YamlOut.map("accept", YamlOut.strings(acceptance.codes()), "why", acceptance.why());
    }
}
