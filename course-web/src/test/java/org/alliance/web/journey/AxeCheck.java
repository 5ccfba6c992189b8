package org.alliance.web.journey;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core in the page (WCAG 2.0 and 2.1, levels A and AA) and returns the serious and critical
 * violations that are not on the allow-list, and any violation of the rules in {@link #ALSO_REQUIRED}. Every violation, allowed or not and of any impact, and every
 * check axe could not decide ("needs review") is written to target/a11y/&lt;page&gt;.txt for a person to read.
 */
final class AxeCheck {
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /**
     * Rules outside the WCAG tags (best practice, or experimental in axe) that we hold every page to, whatever
     * impact axe gives them: one main landmark, and an accessible name that contains the visible label
     * (WCAG 2.5.3, label in name).
     */
    static final List<String> ALSO_REQUIRED =
            List.of("landmark-one-main", "landmark-no-duplicate-main", "label-content-name-mismatch");

    private static final Path REPORTS = Path.of("target", "a11y");

    /**
     * A violation inside a vaadin-core component's own markup that the app cannot change, by rule id and a
     * pattern of axe's target (e.g. {@code vaadin-grid >>> #table}). Each entry is listed with its reason in
     * docs/accessibility.md; keep the two in step. Today the list is empty: axe finds nothing to excuse.
     */
    record Allowed(String ruleId, Pattern target, String reason) {
        /** Only a component's own markup may be excused, and never without a reason. */
        Allowed {
            if (!target.pattern().startsWith("vaadin-") || reason.isBlank()) {
                throw new IllegalArgumentException("Allow only targets inside a vaadin-* component, with a reason");
            }
        }

        boolean covers(String rule, String nodeTarget) {
            return ruleId.equals(rule) && target.matcher(nodeTarget).find();
        }
    }

    static final List<Allowed> ALLOWED = List.of();

    /** One failing node: the rule, its impact, where (shadow-DOM steps joined by " >>> ") and its markup. */
    record Finding(String rule, String impact, String target, String html, String help) {
        @Override
        public String toString() {
            return "[" + impact + "] " + rule + " at " + target + "\n    " + html + "\n    " + help;
        }
    }

    private AxeCheck() {}

    static List<Finding> blocking(WebDriver driver, String page) {
        // Legacy mode runs axe in the page itself. The default opens about:blank in a new window first, with a
        // one-second renderer timeout that a loaded CI machine misses ("switchToWindow failed"); our pages have
        // no cross-origin frames, which is all the default mode adds.
        var results = new AxeBuilder().withTags(TAGS).setLegacyMode(true).analyze(driver);
        var required = new AxeBuilder()
                .withOnlyRules(ALSO_REQUIRED)
                .setLegacyMode(true)
                .analyze(driver);
        for (var r : List.of(results, required)) {
            if (r.isErrored()) {
                throw new IllegalStateException("axe failed on " + page + ": " + r.getErrorMessage());
            }
        }
        List<Finding> all = new ArrayList<>();
        List<Rule> violations = new ArrayList<>(results.getViolations());
        violations.addAll(required.getViolations());
        for (Rule rule : violations) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = ALSO_REQUIRED.contains(rule.getId())
                        ? "required"
                        : node.getImpact() == null ? String.valueOf(rule.getImpact()) : node.getImpact();
                all.add(new Finding(rule.getId(), impact, target(node.getTarget()), node.getHtml(), rule.getHelp()));
            }
        }
        List<String> toReview = results.getIncomplete().stream()
                .map(r -> "[needs review] " + r.getId() + " on " + r.getNodes().size() + " nodes: " + r.getHelp())
                .toList();
        write(page, all, toReview);
        return all.stream()
                .filter(f -> BLOCKING.contains(f.impact()) || f.impact().equals("required"))
                .filter(f -> ALLOWED.stream().noneMatch(a -> a.covers(f.rule(), f.target())))
                .toList();
    }

    /** axe names a node by CSS selectors, one per shadow root on the way down. */
    private static String target(Object target) {
        if (target instanceof List<?> steps) {
            return steps.stream()
                    .map(s -> s instanceof List<?> inner
                            ? inner.stream().map(String::valueOf).collect(Collectors.joining(" >>> "))
                            : String.valueOf(s))
                    .collect(Collectors.joining(", "));
        }
        return String.valueOf(target);
    }

    private static void write(String page, List<Finding> findings, List<String> toReview) {
        try {
            Files.createDirectories(REPORTS);
            String violations = findings.isEmpty()
                    ? "no violations\n"
                    : findings.stream().map(Finding::toString).collect(Collectors.joining("\n")) + "\n";
            String review = toReview.stream().map(line -> line + "\n").collect(Collectors.joining());
            Files.writeString(REPORTS.resolve(page + ".txt"), violations + review);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the axe report for " + page, e);
        }
    }
}
