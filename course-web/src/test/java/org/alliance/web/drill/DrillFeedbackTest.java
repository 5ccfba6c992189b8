package org.alliance.web.drill;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliance.core.model.Criterion;
import org.alliance.web.AllianceTest;
import org.alliance.web.catalog.CourseRaters;
import org.alliance.web.grading.FeedbackRequests;
import org.alliance.web.grading.FeedbackRequests.Request;
import org.alliance.web.grading.Grading;
import org.alliance.web.grading.Notices;
import org.alliance.web.navigation.Links;
import org.alliance.web.vignette.VignetteAttempts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Instructors answer drill responses sent for feedback, through the real services on a course of each test's
 * own: who may, what the student then sees, and that feedback stays out of grading.
 */
@AllianceTest
class DrillFeedbackTest {
    @Autowired
    ApplicationContext context;

    @Autowired
    DrillPractice practice;

    @Autowired
    DrillFeedback feedback;

    @Autowired
    Notices notices;

    @Autowired
    Grading grading;

    @Autowired
    CourseRaters raters;

    @Autowired
    VignetteAttempts vignettes;

    @Autowired
    List<FeedbackRequests> contributions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The student answers the first statement and sends the response for feedback; returns the try's id. */
    private String sentForFeedback(DrillCourse course, String student, String response) {
        course.enrolStudent(student);
        var turn = practice.start(course.id, DrillCourse.DRILL);
        String tryId = practice.respond(course.id, DrillCourse.DRILL, turn.turnId(), response)
                .tryId();
        practice.requestFeedback(course.id, DrillCourse.DRILL, tryId);
        return tryId;
    }

    @Test
    void an_answer_reaches_the_student_with_the_criteria_met_and_a_notice_and_a_second_answer_replaces_it() {
        var course = DrillCourse.publish(context, "dfb-answer", "dfb-answer-owner");
        String tryId = sentForFeedback(course, "dfb-answer-ada", "I notice we both went quiet just then.");

        signIn(course.owner, "INSTRUCTOR");
        Request request = feedback.requests(course.id).getFirst();
        assertThat(request.student()).isEqualTo("dfb-answer-ada");
        assertThat(request.open()).isTrue();
        assertThat(request.statement()).isNotBlank();
        assertThat(request.answer()).isEqualTo(Links.drillFeedback(course.id, tryId));

        var sheet = feedback.sheet(course.id, tryId).orElseThrow();
        assertThat(sheet.response()).isEqualTo("I notice we both went quiet just then.");
        assertThat(sheet.client()).isEqualTo(request.statement());
        assertThat(sheet.criteria()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sheet.answer()).isEmpty();
        Criterion first = sheet.criteria().getFirst();
        feedback.answer(course.id, tryId, Set.of(first.id(), "not-a-criterion"), "  You named the moment; now ask.  ");

        var answered = feedback.sheet(course.id, tryId).orElseThrow().answer().orElseThrow();
        assertThat(answered.met()).as("an unknown criterion is dropped").containsExactly(first.id());
        assertThat(answered.comment()).isEqualTo("You named the moment; now ask.");
        assertThat(answered.answeredBy()).isEqualTo(course.owner);
        assertThat(feedback.requests(course.id).getFirst().open()).isFalse();

        signIn("dfb-answer-ada", "STUDENT");
        var seen = practice.page(course.id, DrillCourse.DRILL)
                .orElseThrow()
                .feedback()
                .getFirst();
        assertThat(seen.answeredAt()).isPresent();
        assertThat(seen.met()).containsExactly(first);
        assertThat(seen.notMet()).hasSize(sheet.criteria().size() - 1).doesNotContain(first);
        assertThat(seen.comment()).isEqualTo("You named the moment; now ask.");
        var notice = notices.mine().getFirst();
        assertThat(notice.messageKey()).isEqualTo("notice.drill-feedback");
        assertThat(notice.params()).containsExactly(sheet.drillTitle());
        assertThat(notice.link())
                .contains(Links.drill(course.id, DrillCourse.DRILL).location());
        assertThat(notice.read()).isFalse();

        signIn(course.owner, "INSTRUCTOR");
        feedback.answer(course.id, tryId, Set.of(), "On second reading: name it, then wait.");
        signIn("dfb-answer-ada", "STUDENT");
        var again = practice.page(course.id, DrillCourse.DRILL).orElseThrow().feedback();
        assertThat(again).as("one answer per request, the latest").hasSize(1);
        assertThat(again.getFirst().met()).isEmpty();
        assertThat(again.getFirst().comment()).isEqualTo("On second reading: name it, then wait.");
    }

    @Test
    void students_other_courses_staff_and_tries_of_other_courses_are_refused() {
        var course = DrillCourse.publish(context, "dfb-refuse", "dfb-refuse-owner");
        var other = DrillCourse.publish(context, "dfb-refuse-other", "dfb-refuse-other-owner");
        var mine = DrillCourse.publish(context, "dfb-refuse-mine", course.owner);
        String tryId = sentForFeedback(course, "dfb-refuse-ada", "Something changed between us.");

        // The student who sent it, and any student, may not answer or read the instructors' side.
        assertThatThrownBy(() -> feedback.answer(course.id, tryId, Set.of(), "Well done."))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.requests(course.id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> feedback.sheet(course.id, tryId)).isInstanceOf(AccessDeniedException.class);

        // The owner of another course sees nothing of this one, whichever course id they name.
        signIn(other.owner, "INSTRUCTOR");
        assertThat(feedback.requests(course.id)).isEmpty();
        assertThat(feedback.sheet(course.id, tryId)).isEmpty();
        assertThat(feedback.sheet(other.id, tryId)).isEmpty();
        assertThatThrownBy(() -> feedback.answer(course.id, tryId, Set.of(), "Well done."))
                .isInstanceOf(DrillException.class)
                .hasMessage("drill.feedback.not-found");
        assertThatThrownBy(() -> feedback.answer(other.id, tryId, Set.of(), "Well done."))
                .isInstanceOf(DrillException.class);

        // The owner of this course, naming another course of theirs: the try is not of that course.
        signIn(course.owner, "INSTRUCTOR");
        assertThat(feedback.sheet(mine.id, tryId)).isEmpty();
        assertThatThrownBy(() -> feedback.answer(mine.id, tryId, Set.of(), "Well done."))
                .isInstanceOf(DrillException.class);

        signIn("dfb-refuse-ada", "STUDENT");
        assertThat(practice.page(course.id, DrillCourse.DRILL)
                        .orElseThrow()
                        .feedback()
                        .getFirst()
                        .answeredAt())
                .as("nothing was answered by any refused call")
                .isEmpty();
        assertThat(notices.mine()).noneMatch(n -> n.messageKey().equals("notice.drill-feedback"));
    }

    @Test
    void a_response_not_sent_for_feedback_cannot_be_answered() {
        var course = DrillCourse.publish(context, "dfb-unsent", "dfb-unsent-owner");
        course.enrolStudent("dfb-unsent-bo");
        var turn = practice.start(course.id, DrillCourse.DRILL);
        String tryId = practice.respond(course.id, DrillCourse.DRILL, turn.turnId(), "Kept to myself.")
                .tryId();

        signIn(course.owner, "INSTRUCTOR");
        assertThat(feedback.requests(course.id)).isEmpty();
        assertThat(feedback.sheet(course.id, tryId)).isEmpty();
        assertThatThrownBy(() -> feedback.answer(course.id, tryId, Set.of(), "Uninvited."))
                .isInstanceOf(DrillException.class)
                .hasMessage("drill.feedback.not-found");
    }

    @Test
    void a_comment_is_required_and_kept_under_4000_characters() {
        var course = DrillCourse.publish(context, "dfb-comment", "dfb-comment-owner");
        String tryId = sentForFeedback(course, "dfb-comment-cy", "We seem to be circling.");

        signIn(course.owner, "INSTRUCTOR");
        assertThatThrownBy(() -> feedback.answer(course.id, tryId, Set.of(), "   "))
                .hasMessage("drill.feedback.comment-required");
        assertThatThrownBy(() -> feedback.answer(course.id, tryId, Set.of(), "x".repeat(4001)))
                .hasMessage("drill.feedback.comment-too-long");
        assertThat(feedback.sheet(course.id, tryId).orElseThrow().answer()).isEmpty();
        feedback.answer(course.id, tryId, Set.of(), "y".repeat(4000));
        assertThat(feedback.sheet(course.id, tryId).orElseThrow().answer()).isPresent();
    }

    @Test
    void a_rater_of_the_course_may_answer_but_gets_no_practice_report() {
        var course = DrillCourse.publish(context, "dfb-rater", "dfb-rater-owner");
        String rater = course.instructor("dfb-rater-rater");
        String tryId = sentForFeedback(course, "dfb-rater-di", "You went quiet when I said that.");
        signIn(course.owner, "INSTRUCTOR");
        raters.add(course.id, rater);

        signIn(rater, "INSTRUCTOR");
        assertThat(feedback.requests(course.id)).hasSize(1);
        feedback.answer(course.id, tryId, Set.of(), "Good noticing.");
        assertThat(feedback.sheet(course.id, tryId)
                        .orElseThrow()
                        .answer()
                        .orElseThrow()
                        .answeredBy())
                .isEqualTo(rater);
        assertThat(context.getBean(DrillReport.class).practice(course.id)).isEmpty();
    }

    @Test
    void feedback_requests_join_the_grading_queue_apart_and_change_none_of_its_counts() {
        var course = DrillCourse.publish(context, "dfb-queue", "dfb-queue-owner");
        course.enrolStudent("dfb-queue-ed");
        String attempt = vignettes.start(course.id, DrillCourse.VIGNETTE);
        vignettes.submitText(attempt, "I notice you keep asking me to decide for you.", Map.of());

        signIn(course.owner, "INSTRUCTOR");
        var before = grading.queue(course.id).orElseThrow();
        assertThat(before.entries()).hasSize(1);

        signIn("dfb-queue-ed", "STUDENT");
        var turn = practice.start(course.id, DrillCourse.DRILL);
        String tryId = practice.respond(course.id, DrillCourse.DRILL, turn.turnId(), "Let us stay with this.")
                .tryId();
        practice.requestFeedback(course.id, DrillCourse.DRILL, tryId);

        signIn(course.owner, "INSTRUCTOR");
        var sent = grading.queue(course.id).orElseThrow();
        assertThat(sent.counts()).as("no status counts a feedback request").isEqualTo(before.counts());
        assertThat(sent.entries()).isEqualTo(before.entries());
        // The queue's section gets it from the contributed bean instead.
        assertThat(contributions.stream().flatMap(c -> c.inCourse(course.id).stream()))
                .extracting(Request::student, Request::open)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dfb-queue-ed", true));

        feedback.answer(course.id, tryId, Set.of(), "Staying is the point.");
        var answered = grading.queue(course.id).orElseThrow();
        assertThat(answered.counts()).as("answering is not rating").isEqualTo(before.counts());
        assertThat(answered.entries()).isEqualTo(before.entries());
        var sheet = grading.sheet(course.id, attempt).orElseThrow();
        assertThat(sheet.ratings()).as("no rating was filed by the feedback").isEmpty();
        assertThat(sheet.agreement().answers()).isZero();
    }
}
