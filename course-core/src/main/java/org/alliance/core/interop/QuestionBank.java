package org.alliance.core.interop;

import java.util.List;
import java.util.stream.Stream;

/** A course's questions in categories, with what was left out or changed on the way. */
public record QuestionBank(List<Category> categories, List<Skipped> skipped) {

    /** {@code path}: names from the top, e.g. course title then quiz title. */
    public record Category(List<String> path, List<ExportedQuestion> questions) {
        public Category {
            path = List.copyOf(path);
            questions = List.copyOf(questions);
        }
    }

    public QuestionBank {
        categories = List.copyOf(categories);
        skipped = List.copyOf(skipped);
    }

    public Stream<ExportedQuestion> questions() {
        return categories.stream().flatMap(c -> c.questions().stream());
    }
}
