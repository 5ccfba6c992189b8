package org.alliance.bench.load;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The command line: {@code --name value} pairs, each with a default that runs against a local Alliance. */
record Settings(Map<String, String> values) {

    static Settings parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got: " + String.join(" ", args));
            }
            values.put(args[i].substring(2), args[++i]);
        }
        return new Settings(values);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    int integer(String name, int fallback) {
        return Integer.parseInt(get(name, String.valueOf(fallback)));
    }

    String mode() {
        return get("mode", "steps");
    }

    String base() {
        String base = get("base", "http://localhost:8080/");
        return base.endsWith("/") ? base : base + "/";
    }

    String course() {
        return get("course", "therapeutic-relationship");
    }

    String coursePath() {
        return get("course-path", "courses/" + course());
    }

    String quizPath() {
        return "courses/" + course() + "/quizzes/" + get("quiz", "q1-what-makes-therapy-work");
    }

    long thinkMinMs() {
        return 1000L * integer("think-min", 30);
    }

    long thinkMaxMs() {
        return 1000L * integer("think-max", 90);
    }

    /** Steps such as {@code 100,250,500,1000,+500,1500,2000}: a target of students, or a burst of new ones. */
    List<String> steps() {
        return Arrays.stream(get("steps", "100,250,500,1000,+500,1500,2000").split(","))
                .map(String::strip)
                .toList();
    }
}
