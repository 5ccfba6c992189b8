package org.alliance.web.grading;

import static org.alliance.web.TestUsers.signIn;
import static org.alliance.web.grading.OwnedCourse.rating;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountService;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.assessment.QuizPreview;
import org.alliance.web.assessment.QuizRescoring;
import org.alliance.web.assessment.QuizResults;
import org.alliance.web.catalog.CatalogException;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.catalog.CoursePortability;
import org.alliance.web.catalog.CourseRaters;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.catalog.EnrolmentMode;
import org.alliance.web.catalog.ImportResult;
import org.alliance.web.catalog.Offerings;
import org.alliance.web.editor.Drafts;
import org.alliance.web.editor.FileTemplates;
import org.alliance.web.gradebook.Analysis;
import org.alliance.web.gradebook.Gradebook;
import org.alliance.web.gradebook.GradebookException;
import org.alliance.web.vignette.FreeTextAnswers;
import org.alliance.web.vignette.VignetteAttempts;
import org.alliance.web.vignette.VignetteException;
import org.alliance.web.vignette.VignettePreview;
import org.alliance.web.vignette.VignetteRescoring;
import org.alliance.web.vignette.VignetteResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * When two raters disagree, a course's owner adds an existing instructor as a rater: they may grade that
 * course's free-text answers and nothing else. Each test names one capability and shows, through the real
 * services, that the owner has it and the rater does not; admins keep every power.
 */
@AllianceTest
class RaterOnlyInstructorTest {
    @Autowired
    Grading grading;

    @Autowired
    CourseRaters raters;

    @Autowired
    CourseStaff staff;

    @Autowired
    AccountService accounts;

    @Autowired
    Drafts drafts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    QuizAttempts quizzes;

    @Autowired
    CoursePortability portability;

    @Autowired
    Gradebook gradebook;

    @Autowired
    Analysis analysis;

    @Autowired
    Offerings offerings;

    @Autowired
    QuizRescoring quizRescoring;

    @Autowired
    VignetteRescoring vignetteRescoring;

    @Autowired
    QuizPreview quizPreview;

    @Autowired
    VignettePreview vignettePreview;

    @Autowired
    QuizResults quizResults;

    @Autowired
    VignetteResults vignetteResults;

    @Autowired
    FreeTextAnswers freeText;

    /** A course whose two raters disagree on {@code disputed}, and the rater its owner added to resolve it. */
    private record Setup(OwnedCourse course, String rater, String disputed, String student) {
        String id() {
            return course.id;
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Setup raterAdded() {
        var course = OwnedCourse.create("rater", accounts, staff, drafts, catalog, vignettes);
        String rater = course.instructor(course.id + "-r");
        String student = course.id + "-s";
        String disputed = course.answer(student, "Let's get back to your homework.");
        signIn(course.owner, "INSTRUCTOR");
        grading.rate(course.id, disputed, rating(1), false, "");
        signIn(course.coInstructor, "INSTRUCTOR");
        grading.rate(course.id, disputed, rating(4), false, "");
        signIn(course.owner, "INSTRUCTOR");
        grading.addRater(course.id, disputed, rater);
        SecurityContextHolder.clearContext();
        return new Setup(course, rater, disputed, student);
    }

    private static void as(String username) {
        signIn(username, "INSTRUCTOR");
    }

    @Test
    void the_owner_adds_an_existing_instructor_as_a_rater_only_while_two_raters_disagree() {
        var course = OwnedCourse.create("rater", accounts, staff, drafts, catalog, vignettes);
        String candidate = course.instructor(course.id + "-r");
        String id = course.answer(course.id + "-s", "You went quiet just then.");
        as(course.owner);
        grading.rate(course.id, id, rating(2), false, "");
        assertThatThrownBy(() -> grading.addRater(course.id, id, candidate)).hasMessage("grading.no-dispute");
        as(course.coInstructor);
        grading.rate(course.id, id, rating(5), false, "");
        assertThat(grading.sheet(course.id, id).orElseThrow().powers().addRater())
                .isFalse();
        assertThatThrownBy(() -> grading.addRater(course.id, id, candidate))
                .as("a co-instructor is not the owner")
                .hasMessage("grading.owner-only");

        as(course.owner);
        assertThat(grading.sheet(course.id, id).orElseThrow().powers().addRater())
                .isTrue();
        assertThatThrownBy(() -> grading.addRater(course.id, id, course.id + "-s"))
                .as("a student")
                .hasMessage("teaching.no-such-instructor");
        assertThatThrownBy(() -> grading.addRater(course.id, id, "nobody-" + course.id))
                .hasMessage("teaching.no-such-instructor");
        assertThatThrownBy(() -> grading.addRater(course.id, id, course.coInstructor))
                .as("one of the two raters")
                .hasMessage("grading.rater-rated");
        assertThat(raters.ratedCourses()).isEmpty();

        grading.addRater(course.id, id, "  " + candidate.toUpperCase() + " ");
        assertThat(raters.raters(course.id))
                .extracting(CourseRaters.Rater::username)
                .containsExactly(candidate);
        assertThat(staff.taughtCourses())
                .filteredOn(c -> c.courseId().equals(course.id))
                .singleElement()
                .satisfies(c -> assertThat(c.raters()).containsExactly(candidate));
        var added = grading.sheet(course.id, id).orElseThrow().audit().getLast();
        assertThat(added.action()).isEqualTo(AuditAction.RATER_ADDED);
        assertThat(added.actor()).isEqualTo(course.owner);
        assertThat(added.reason()).contains(candidate);
        assertThat(staff.canTeach(course.id)).isTrue();

        as(candidate);
        assertThat(staff.canGrade(course.id)).isTrue();
        assertThat(staff.canTeach(course.id)).as("a rater does not teach").isFalse();
        assertThat(raters.ratedCourses())
                .extracting(CourseRaters.RatedCourse::courseId)
                .containsExactly(course.id);
    }

    @Test
    void an_admin_adds_a_rater_to_a_course_they_do_not_own() {
        var s = raterAdded();
        String another = s.course.instructor(s.id() + "-a");
        OwnedCourse.asAdmin();
        grading.addRater(s.id(), s.disputed, another);
        assertThat(raters.raters(s.id()))
                .extracting(CourseRaters.Rater::username)
                .contains(s.rater, another);
    }

    @Test
    void a_rater_grades_the_courses_free_text_answers_and_resolves_the_dispute_but_never_releases() {
        var s = raterAdded();
        as(s.rater);
        assertThat(grading.queue(s.id()).orElseThrow().entries())
                .extracting(GradingViews.Entry::publicId)
                .containsExactly(s.disputed);
        var sheet = grading.sheet(s.id(), s.disputed).orElseThrow();
        assertThat(sheet.myRating()).contains(RatingKind.RESOLUTION);
        assertThat(sheet.blind()).isTrue();
        assertThat(sheet.powers()).isEqualTo(new GradingViews.Powers(false, false, false));
        grading.rate(s.id(), s.disputed, rating(3), false, "Between the two.");
        var resolved = grading.sheet(s.id(), s.disputed).orElseThrow();
        assertThat(resolved.status()).isEqualTo(GradingStatus.READY);
        assertThat(resolved.powers().release()).as("teachers release").isFalse();
        assertThatThrownBy(() -> grading.release(s.id(), s.disputed, "")).hasMessage("grading.not-found");
        assertThatThrownBy(() -> freeText.grade(s.id(), s.disputed, 1.0, false)).isInstanceOf(VignetteException.class);

        as(s.course.owner);
        grading.release(s.id(), s.disputed, "Resolved by a third rater.");
        as(s.rater);
        assertThatThrownBy(() -> grading.override(s.id(), s.disputed, rating(5), false, "", "I think it is better"))
                .hasMessage("grading.owner-only");
    }

    @Test
    void a_rater_cannot_edit_the_course() {
        var s = raterAdded();
        as(s.course.owner);
        assertThat(drafts.open(s.id())).isPresent();
        as(s.rater);
        assertThat(drafts.open(s.id())).isEmpty();
        assertThatThrownBy(() -> drafts.save(s.id(), "course.yaml", "id: x")).hasMessage("catalog.not-found");
        assertThatThrownBy(() -> drafts.addFile(s.id(), FileTemplates.Kind.LESSON, "l9"))
                .hasMessage("catalog.not-found");
        assertThatThrownBy(() -> drafts.remove(s.id(), "lessons/l1-first-lesson.md"))
                .hasMessage("catalog.not-found");
        assertThatThrownBy(() -> drafts.check(s.id())).hasMessage("catalog.not-found");
        assertThat(drafts.openDraft(s.id())).isEmpty();
    }

    @Test
    void a_rater_cannot_publish_the_course() {
        var s = raterAdded();
        as(s.course.owner);
        drafts.open(s.id());
        var zip = portability.export(s.id()).orElseThrow().bytes();
        as(s.rater);
        assertThatThrownBy(() -> drafts.publish(s.id())).hasMessage("catalog.not-found");
        assertThatThrownBy(() -> drafts.publishOver(s.id(), 1)).hasMessage("catalog.not-found");
        assertThat(portability.importZip(zip))
                .isInstanceOfSatisfying(
                        ImportResult.Refused.class,
                        r -> assertThat(r.messageKey()).isEqualTo("portability.import.not-yours"));
    }

    @Test
    void a_rater_cannot_see_the_gradebook_or_the_item_analysis() {
        var s = raterAdded();
        as(s.course.owner);
        assertThat(gradebook.columns(s.id())).isNotEmpty();
        assertThat(gradebook.count(s.id(), "")).isEqualTo(1);
        assertThat(analysis.of(s.id()).quizzes()).isNotEmpty();
        as(s.rater);
        assertThatThrownBy(() -> gradebook.columns(s.id())).isInstanceOf(GradebookException.class);
        assertThatThrownBy(() -> gradebook.count(s.id(), "")).isInstanceOf(GradebookException.class);
        assertThatThrownBy(() -> gradebook.page(s.id(), "", List.of(), 0, 10)).isInstanceOf(GradebookException.class);
        assertThatThrownBy(() -> gradebook.attempts(s.id(), s.student)).isInstanceOf(GradebookException.class);
        assertThatThrownBy(() ->
                        gradebook.csv(s.id(), "", new Gradebook.CsvLabels("s", "g", "e", "a", "d", "{0} (drill)")))
                .isInstanceOf(GradebookException.class);
        assertThatThrownBy(() -> analysis.of(s.id())).isInstanceOf(GradebookException.class);
    }

    @Test
    void a_rater_cannot_manage_enrolment_or_see_the_student_list() {
        var s = raterAdded();
        as(s.course.owner);
        assertThat(offerings.settings(s.id())).isPresent();
        assertThat(staff.students(s.id())).containsExactly(s.student);
        as(s.rater);
        assertThat(offerings.settings(s.id())).isEmpty();
        assertThat(staff.students(s.id())).isEmpty();
        assertThat(staff.students(s.id(), "", false, 0, 10)).isEmpty();
        assertThat(staff.countStudents(s.id(), "")).isZero();
        assertThatThrownBy(() -> offerings.update(s.id(), EnrolmentMode.INSTRUCTOR, null, null, null))
                .isInstanceOf(CatalogException.class);
        assertThatThrownBy(() -> offerings.enrol(s.id(), List.of("someone"))).isInstanceOf(CatalogException.class);
        assertThatThrownBy(() -> offerings.unenrol(s.id(), s.student)).isInstanceOf(CatalogException.class);
        assertThatThrownBy(() -> offerings.grantExtraAttempts(s.id(), s.student, "qz", 2))
                .isInstanceOf(CatalogException.class);
        assertThatThrownBy(() -> offerings.extendDeadline(s.id(), s.student, null))
                .isInstanceOf(CatalogException.class);
    }

    @Test
    void a_rater_cannot_see_versions_roll_back_or_rescore() {
        var s = raterAdded();
        // A submitted quiz attempt on version 1, then a version 2 that swaps the key: rescoring would change it.
        signIn(s.student, "STUDENT");
        String attempt = quizzes.start(s.id(), "qz");
        quizzes.answer(attempt, "qz-i1", new Response.SingleChoiceAnswer("a"));
        quizzes.submit(attempt);
        as(s.course.owner);
        drafts.open(s.id());
        drafts.save(s.id(), "quizzes/qz.yaml", """
                id: qz
                title: The key swapped
                items:
                  - id: qz-i1
                    type: single_choice
                    objectives: [l1-o1]
                    concepts: [working-alliance]
                    stem: Which answer does version 2 credit?
                    options:
                      - id: a
                        text: The first
                        credit: 0
                        misconception: alliance-is-liking
                        feedback: Not any more.
                      - id: b
                        text: The second
                        credit: 1
                        feedback: Now this one.
                """);
        assertThat(drafts.check(s.id()).errors()).isEmpty();
        var v2 = (ImportResult.Published) drafts.publish(s.id());
        var versions = staff.versions(s.id());
        assertThat(versions).hasSize(2);
        assertThat(quizRescoring.preview(s.id(), v2.versionId())).hasSize(1);

        as(s.rater);
        assertThat(staff.versions(s.id())).isEmpty();
        assertThat(staff.versionFiles(s.id(), versions.getFirst().id())).isEmpty();
        assertThat(staff.taught(s.id())).isEmpty();
        assertThatThrownBy(() -> staff.rollBack(s.id(), versions.getFirst().id()))
                .isInstanceOf(CatalogException.class);
        assertThat(quizRescoring.preview(s.id(), v2.versionId())).isEmpty();
        assertThat(quizRescoring.rescore(s.id(), v2.versionId())).isEmpty();
        assertThat(vignetteRescoring.rescore(s.id(), v2.versionId()).changes()).isEmpty();
        as(s.course.owner);
        assertThat(quizRescoring.preview(s.id(), v2.versionId()))
                .as("the rater's rescore changed nothing")
                .hasSize(1);
    }

    @Test
    void a_rater_cannot_export_or_copy_the_course() {
        var s = raterAdded();
        as(s.course.owner);
        assertThat(portability.export(s.id())).isPresent();
        as(s.rater);
        assertThat(portability.export(s.id())).isEmpty();
        assertThat(portability.copySource(s.id())).isEmpty();
        assertThat(portability.copy(s.id(), s.id() + "-copy")).isInstanceOf(ImportResult.Refused.class);
    }

    @Test
    void a_rater_cannot_preview_activities_or_read_students_results() {
        var s = raterAdded();
        as(s.course.owner);
        assertThat(quizPreview.open(s.id(), "qz", false)).isPresent();
        assertThat(vignettePreview.play(s.id(), OwnedCourse.VIGNETTE, false, List.of()))
                .isPresent();
        assertThat(vignetteResults.attempts(s.id(), List.of(s.student))).isNotEmpty();
        assertThat(vignetteResults.latestAnswers(s.id(), OwnedCourse.VIGNETTE)).isNotEmpty();
        as(s.rater);
        assertThat(quizPreview.open(s.id(), "qz", false)).isEmpty();
        assertThat(vignettePreview.play(s.id(), OwnedCourse.VIGNETTE, false, List.of()))
                .isEmpty();
        assertThat(vignetteResults.attempts(s.id(), List.of(s.student))).isEmpty();
        assertThat(vignetteResults.attemptsOf(s.id(), s.student)).isEmpty();
        assertThat(vignetteResults.latestAnswers(s.id(), OwnedCourse.VIGNETTE)).isEmpty();
        assertThat(quizResults.attempts(s.id(), List.of(s.student))).isEmpty();
        assertThat(quizResults.attemptsOf(s.id(), s.student)).isEmpty();
        assertThat(quizResults.latestSubmitted(s.id(), "qz")).isEmpty();
    }

    @Test
    void a_rater_cannot_manage_the_courses_staff_or_raters() {
        var s = raterAdded();
        String another = s.course.instructor(s.id() + "-x");
        as(s.rater);
        assertThat(raters.raters(s.id())).isEmpty();
        assertThatThrownBy(() -> raters.add(s.id(), another)).hasMessage("catalog.not-found");
        assertThatThrownBy(() -> raters.remove(s.id(), s.rater)).hasMessage("catalog.not-found");
        assertThatThrownBy(() -> staff.addInstructor(s.id(), another)).isInstanceOf(AccessDeniedException.class);
        as(s.course.coInstructor);
        assertThatThrownBy(() -> raters.add(s.id(), another))
                .as("a co-instructor is not the owner")
                .hasMessage("raters.owner-only");
    }

    @Test
    void a_removed_rater_grades_nothing_more() {
        var s = raterAdded();
        as(s.course.owner);
        raters.remove(s.id(), s.rater);
        assertThat(raters.raters(s.id())).isEmpty();
        as(s.rater);
        assertThat(grading.queue(s.id())).isEmpty();
        assertThat(grading.sheet(s.id(), s.disputed)).isEmpty();
        assertThatThrownBy(() -> grading.rate(s.id(), s.disputed, Map.of(OwnedCourse.DIMENSION, 3), false, ""))
                .hasMessage("grading.not-found");
    }
}
