package org.alliance.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The audit summary as text: {@link #lines} for the content build and tools (one figure per line,
 * {@code <course> <figure> <value>}, so a script can pick figures out), {@link #markdown} for the
 * content review.
 */
public final class AuditReport {

    private AuditReport() {}

    public static List<String> lines(AuditSummary s) {
        List<String> out = new ArrayList<>();
        String c = s.courseId() + " ";
        out.add(c + "audit errors=" + s.errors() + " warnings=" + s.warnings() + " accepted=" + s.acceptedCount());
        for (String code : AuditSummary.codeOrder()) {
            var count = s.codes().get(code);
            if (count != null) {
                out.add(c + "code." + code + " " + count.open()
                        + (count.accepted() > 0 ? " (+" + count.accepted() + " accepted)" : ""));
            }
        }
        s.keyLongest().forEach(share -> out.add(c + "key-longest." + share.name() + " " + share(share)));
        out.add(c + "key-length-ratio " + two(s.keyLengthRatio()));
        out.add(c + share(s.trueStatements().name(), s.trueStatements()));
        for (var share : List.of(
                s.determinersInWrongOptions(),
                s.determinersInKeys(),
                s.determinersInFalseStatements(),
                s.determinersInTrueStatements())) {
            out.add(c + share(share.name(), share));
        }
        out.add(c + "key-position.as-written " + positions(s));
        out.add(c + "cognitive "
                + s.cognitive().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" ")));
        out.add(c + share("apply-share", s.applying()));
        out.add(c + "free-text-vignettes " + s.freeTextVignettes());
        for (var b : s.branching()) {
            out.add(c + "branching." + b.vignetteId() + " clean=" + score(b.bestClean()) + " ["
                    + walk(b.bestCleanPath())
                    + "] misstep=" + score(b.bestMisstep()) + " [" + walk(b.bestMisstepPath()) + "] totals "
                    + score(b.bestCleanTotal()) + "/" + score(b.bestMisstepTotal()));
        }
        for (var g : s.guessing()) {
            out.add(c + "guessing." + g.quizId() + " expected=" + two(g.expected()) + " guaranteed="
                    + two(g.guaranteed()) + " (" + g.behaviour() + ")");
        }
        for (var a : s.accepted()) {
            out.add(c + "accepted " + a.code() + " " + a.path() + " why: " + a.why());
        }
        return out;
    }

    /** The audit section of docs/content-review.md for one course. */
    public static String markdown(AuditSummary s) {
        var out = new StringBuilder("\n### Assessment audit\n\n");
        out.append(String.format(
                Locale.ROOT,
                "%d errors, %d warnings, %d accepted warnings.%n%n",
                s.errors(),
                s.warnings(),
                s.acceptedCount()));
        out.append("| figure | value |\n| --- | --- |\n");
        for (var share : s.keyLongest()) {
            out.append("| key ")
                    .append(share.name().startsWith("strict") ? "strictly the longest" : "clearly the longest")
                    .append(", ")
                    .append(share.name()
                            .substring(share.name().indexOf('.') + 1)
                            .replace('-', ' '))
                    .append(" | ")
                    .append(share(share))
                    .append(" |\n");
        }
        out.append("| key length over the others' mean | ")
                .append(two(s.keyLengthRatio()))
                .append(" |\n");
        out.append("| true/false keys that are true | ")
                .append(share(s.trueStatements()))
                .append(" |\n");
        out.append("| specific determiners in wrong options | ")
                .append(share(s.determinersInWrongOptions()))
                .append(" |\n");
        out.append("| specific determiners in keys | ")
                .append(share(s.determinersInKeys()))
                .append(" |\n");
        out.append("| key position as written (position: items) | ")
                .append(positions(s))
                .append(" |\n");
        out.append("| cognitive level | ")
                .append(s.cognitive().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")))
                .append(" |\n");
        out.append("| items and vignettes applying a concept to a case | ")
                .append(share(s.applying()))
                .append(" |\n");
        out.append("| free-text vignettes | ").append(s.freeTextVignettes()).append(" |\n");
        if (!s.codes().isEmpty()) {
            out.append("\n| code | open | accepted |\n| --- | --- | --- |\n");
            for (String code : AuditSummary.codeOrder()) {
                var count = s.codes().get(code);
                if (count != null) {
                    out.append("| `")
                            .append(code)
                            .append("` | ")
                            .append(count.open())
                            .append(" | ")
                            .append(count.accepted())
                            .append(" |\n");
                }
            }
        }
        if (!s.branching().isEmpty()) {
            out.append("\n| branching vignette | best clean walk | best walk with a misstep |\n| --- | --- | --- |\n");
            for (var b : s.branching()) {
                out.append("| ")
                        .append(b.vignetteId())
                        .append(" | ")
                        .append(score(b.bestClean()))
                        .append(" (")
                        .append(walk(b.bestCleanPath()))
                        .append(") | ")
                        .append(score(b.bestMisstep()))
                        .append(" (")
                        .append(walk(b.bestMisstepPath()))
                        .append(") |\n");
            }
        }
        out.append("\n| quiz | behaviour | blind guessing, expected | guaranteed |\n| --- | --- | --- | --- |\n");
        for (var g : s.guessing()) {
            out.append("| ")
                    .append(g.quizId())
                    .append(" | ")
                    .append(g.behaviour())
                    .append(" | ")
                    .append(two(g.expected()))
                    .append(" | ")
                    .append(two(g.guaranteed()))
                    .append(" |\n");
        }
        if (!s.accepted().isEmpty()) {
            out.append("\nAccepted warnings:\n\n");
            for (var a : s.accepted()) {
                out.append("- `")
                        .append(a.code())
                        .append("` at `")
                        .append(a.path())
                        .append("`: ")
                        .append(a.why().replace("\n", " "))
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String share(AuditSummary.Share share) {
        return share.count() + "/" + share.total()
                + share.fraction().stream()
                        .mapToObj(f -> " (" + Math.round(f * 100) + " %)")
                        .findFirst()
                        .orElse("");
    }

    private static String share(String name, AuditSummary.Share share) {
        return name + " " + share(share);
    }

    private static String positions(AuditSummary s) {
        return s.keyPositions().isEmpty()
                ? "-"
                : s.keyPositions().entrySet().stream()
                        .map(e -> e.getKey() + ":" + e.getValue())
                        .collect(Collectors.joining(" "));
    }

    private static String score(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "-";
    }

    private static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String walk(List<String> path) {
        return path.isEmpty() ? "-" : String.join(" ", path);
    }
}
