package org.alliance.core.validation;

import java.util.HashMap;
import java.util.Map;
import org.alliance.core.model.BranchingVignette;
import org.alliance.core.model.Concept;
import org.alliance.core.model.Ending;
import org.alliance.core.model.Item;
import org.alliance.core.model.Lesson;
import org.alliance.core.model.Misconception;
import org.alliance.core.model.Node;
import org.alliance.core.model.Objective;
import org.alliance.core.model.Quiz;
import org.alliance.core.model.Vignette;

/**
 * Course-wide uniqueness of ids that live in different files or lists. Duplicates within one list
 * are reported by the reader, where both lines are known, so an identical path is skipped here.
 */
final class IdChecks {

    private IdChecks() {}

    static void run(Checking c) {
        Scope objectives = new Scope(c, "objective");
        for (Lesson lesson : c.course().lessons()) {
            for (Objective o : lesson.objectives()) {
                objectives.add(o.id(), "lessons[" + lesson.id() + "].objectives[" + o.id() + "]");
            }
        }
        Scope items = new Scope(c, "item");
        for (Quiz quiz : c.course().quizzes()) {
            for (Item item : quiz.items()) {
                items.add(item.id(), "quizzes[" + quiz.id() + "].items[" + item.id() + "]");
            }
        }
        Scope glossary = new Scope(c, "concept or misconception");
        for (Concept concept : c.course().concepts()) {
            glossary.add(concept.id(), "concepts[" + concept.id() + "]");
            for (Misconception m : concept.misconceptions()) {
                glossary.add(m.id(), "concepts[" + concept.id() + "].misconceptions[" + m.id() + "]");
            }
        }
        for (Vignette v : c.course().vignettes()) {
            if (v instanceof BranchingVignette b) {
                Scope graph = new Scope(c, "node or ending");
                String base = "vignettes[" + b.id() + "]";
                for (Node n : b.nodes()) {
                    graph.add(n.id(), base + ".nodes[" + n.id() + "]");
                }
                for (Ending e : b.endings()) {
                    graph.add(e.id(), base + ".endings[" + e.id() + "]");
                }
            }
        }
    }

    /** Ids that must be unique together. */
    private static final class Scope {
        private final Checking c;
        private final String kind;
        private final Map<String, String> seen = new HashMap<>();

        Scope(Checking c, String kind) {
            this.c = c;
            this.kind = kind;
        }

        void add(String id, String path) {
            String other = seen.putIfAbsent(id, path);
            if (other != null && !other.equals(path)) {
                c.report(
                        ProblemCode.DUPLICATE_ID,
                        path + ".id",
                        "id",
                        id,
                        "other",
                        c.sources().locate(other).toString(),
                        "kind",
                        kind);
            }
        }
    }
}
