package org.alliance.core.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.alliance.core.model.Course;

/**
 * The assessment audit of a course: every check family in turn, then the authors' acceptances. Warnings
 * are for authors; an error only where a score would be wrong. The validator reports the findings with
 * the rest of a course's problems.
 */
public final class Audit {

    private Audit() {}

    /** The findings for one course, accepted ones marked with the author's reason. */
    public static List<Finding> of(Course course) {
        Findings found = new Findings();
        List<OptionSet> sets = OptionSets.of(course);
        LengthCue.run(sets, found);
        Determiners.run(course, sets, found);
        StemWording.run(course, sets, found);
        DuplicateTexts.run(course, sets, found);
        DistractorForms.run(sets, found);
        WeakBest.run(course, found);
        KeyShares.run(course, sets, found);
        SimilarItems.run(course, found);
        Guessing.run(course, found);
        CognitiveLevels.run(course, found);
        BranchingChecks.run(course, found);
        DrillTemplates.run(course, found);
        return Acceptances.apply(course, found.list());
    }

    /**
     * Items of different courses that test the same proposition, reported at the later course (by
     * id), each accepted where that course's item accepts {@code similar-items}.
     */
    public static List<CourseFinding> across(List<Course> courses) {
        List<Course> ordered = new ArrayList<>(courses);
        ordered.sort(Comparator.comparing(Course::id));
        List<CourseFinding> result = new ArrayList<>();
        for (int j = 1; j < ordered.size(); j++) {
            Findings found = new Findings();
            for (int i = 0; i < j; i++) {
                SimilarItems.across(ordered.get(i), ordered.get(j), found);
            }
            Course later = ordered.get(j);
            Acceptances.acceptOnly(later, found.list()).forEach(f -> result.add(new CourseFinding(later, f)));
        }
        return result;
    }

    /** A finding across courses, with the course it is reported in. */
    public record CourseFinding(Course course, Finding finding) {}
}
