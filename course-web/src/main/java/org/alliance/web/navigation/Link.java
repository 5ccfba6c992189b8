package org.alliance.web.navigation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A link to one page: its route template (one of {@link Routes}) and a value for each of the template's
 * parameters. Views turn it into a router link or a navigation with the shared UI's {@code RouteLinks}, or use
 * {@link #location()} where a plain address is wanted (an anchor's href).
 *
 * @param template the route template, such as {@code courses/:courseId}
 * @param parameters a value for every {@code :name} segment of the template, and nothing else
 */
public record Link(String template, Map<String, String> parameters) {

    public Link {
        parameters = Map.copyOf(parameters);
        List<String> names = parameterNames(template);
        if (!parameters.keySet().equals(Set.copyOf(names))) {
            throw new IllegalArgumentException(
                    "Route " + template + " takes " + names + ", not " + parameters.keySet());
        }
    }

    /** A link to a page that takes no parameter. */
    public static Link to(String template) {
        return new Link(template, Map.of());
    }

    /** The address of the page relative to the app's root, such as {@code courses/therapeutic-relationship}. */
    public String location() {
        List<String> segments = new ArrayList<>();
        for (String segment : template.split("/", -1)) {
            segments.add(
                    segment.startsWith(":")
                            ? URLEncoder.encode(parameters.get(segment.substring(1)), StandardCharsets.UTF_8)
                                    .replace("+", "%20")
                            : segment);
        }
        return String.join("/", segments);
    }

    /** The names of a template's parameters in order: {@code teaching/:courseId/grading/:attemptId} has two. */
    public static List<String> parameterNames(String template) {
        List<String> names = new ArrayList<>();
        for (String segment : template.split("/")) {
            if (segment.startsWith(":")) {
                names.add(segment.substring(1));
            }
        }
        return names;
    }

    static Map<String, String> of(String template, String... values) {
        List<String> names = parameterNames(template);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            parameters.put(names.get(i), values[i]);
        }
        return parameters;
    }
}
