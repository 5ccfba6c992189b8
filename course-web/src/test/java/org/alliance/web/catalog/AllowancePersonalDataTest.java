package org.alliance.web.catalog;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.alliance.web.AllianceTest;
import org.alliance.web.TestClock;
import org.alliance.web.account.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Extra attempts and extensions in "My data": only the student's own, and they follow the student to the alias. */
@AllianceTest
class AllowancePersonalDataTest {
    private static final String COURSE = "timed-test";
    private static final String QUIZ = "tq-timed";

    @Autowired
    AllowancePersonalData personalData;

    @Autowired
    EnrolmentPersonalData enrolments;

    @Autowired
    Offerings offerings;

    @Autowired
    AccountService accounts;

    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void student(String username) {
        signIn("anonymous-registrar");
        accounts.register(username, username, "a long enough password");
    }

    @Test
    void my_data_lists_what_was_granted_to_me_and_deletion_moves_it_with_my_enrolment_to_the_alias() {
        student("allow-eve");
        student("allow-fay");
        signIn("instructor", "INSTRUCTOR");
        offerings.enrol(COURSE, List.of("allow-eve", "allow-fay"));
        offerings.grantExtraAttempts(COURSE, "allow-eve", QUIZ, 2);
        Instant until = clock.instant().plus(Duration.ofDays(3));
        offerings.extendDeadline(COURSE, "allow-eve", until);
        offerings.grantExtraAttempts(COURSE, "allow-fay", QUIZ, 1);

        var export = personalData.export("allow-eve");

        assertThat(export.get("extraAttempts")).singleElement().satisfies(row -> {
            assertThat(row.get("course_id")).isEqualTo(COURSE);
            assertThat(row.get("activity_id")).isEqualTo(QUIZ);
            assertThat(row.get("extra_attempts")).isEqualTo(2);
        });
        assertThat(export.get("extensions")).singleElement().satisfies(row -> {
            assertThat(row.get("course_id")).isEqualTo(COURSE);
            assertThat(((OffsetDateTime) row.get("extended_until")).toInstant())
                    .isCloseTo(until, within(1, ChronoUnit.MILLIS));
        });
        assertThat(enrolments.export("allow-eve"))
                .extracting(EnrolmentPersonalData.Enrolment::courseId)
                .containsExactly(COURSE);

        personalData.anonymise("allow-eve", "deleted-ALLOWANCE1");
        enrolments.anonymise("allow-eve", "deleted-ALLOWANCE1");

        assertThat(personalData.export("allow-eve").values())
                .allSatisfy(rows -> assertThat(rows).isEmpty());
        assertThat(enrolments.export("allow-eve")).isEmpty();
        var moved = personalData.export("deleted-ALLOWANCE1");
        assertThat(moved.get("extraAttempts"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("extra_attempts")).isEqualTo(2));
        assertThat(moved.get("extensions")).hasSize(1);
        assertThat(enrolments.export("deleted-ALLOWANCE1"))
                .extracting(EnrolmentPersonalData.Enrolment::courseId)
                .containsExactly(COURSE);
        assertThat(personalData.export("allow-fay").get("extraAttempts"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("extra_attempts")).isEqualTo(1));
        assertThat(personalData.export("allow-fay").get("extensions")).isEmpty();
    }
}
