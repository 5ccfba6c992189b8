package org.alliance.web;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which feature of course-web depends on which, read from the compiled classes: a feature is a package directly
 * under {@code org.alliance.web} with its sub-packages, except the leaf packages ({@code navigation}, {@code ui},
 * {@code identity}, {@code persistence}, {@code events})
 * that every feature may use.
 */
final class FeatureMap {
    private static final String ROOT = "org.alliance.web.";
    static final Set<String> LEAVES = Set.of("navigation", "ui", "identity", "persistence", "events");

    static final DescribedPredicate<JavaClass> IN_A_FEATURE = DescribedPredicate.describe(
            "are in a feature package", c -> feature(c).isPresent());

    private FeatureMap() {}

    /** The feature a class belongs to; empty for the application class, the leaf packages and other libraries. */
    static Optional<String> feature(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return Optional.empty();
        }
        String top = name.substring(ROOT.length()).split("\\.")[0];
        return LEAVES.contains(top) ? Optional.empty() : Optional.of(top);
    }

    /** Each feature with the features it depends on, both sorted. */
    static SortedMap<String, SortedSet<String>> of(JavaClasses classes) {
        SortedMap<String, SortedSet<String>> map = new TreeMap<>();
        for (JavaClass type : classes) {
            feature(type).ifPresent(from -> {
                SortedSet<String> uses = map.computeIfAbsent(from, f -> new TreeSet<>());
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    feature(dependency.getTargetClass())
                            .filter(to -> !to.equals(from))
                            .ifPresent(uses::add);
                }
            });
        }
        return map;
    }

    /** The map as a Mermaid flowchart, one line per feature without dependencies and one per dependency. */
    static String mermaid(Map<String, ? extends Set<String>> map) {
        var text = new StringBuilder("```mermaid\nflowchart TD\n");
        map.forEach((feature, uses) -> {
            if (uses.isEmpty()) {
                text.append("    ").append(feature).append('\n');
            }
            uses.forEach(used -> text.append("    ")
                    .append(feature)
                    .append(" --> ")
                    .append(used)
                    .append('\n'));
        });
        return text.append("```\n").toString();
    }
}
