package org.alliance.web.privacy;

import static org.alliance.web.TestUsers.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.alliance.core.scoring.Response;
import org.alliance.web.AllianceTest;
import org.alliance.web.account.AccountException;
import org.alliance.web.account.AccountService;
import org.alliance.web.account.PersonalData;
import org.alliance.web.assessment.QuizAttempts;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.learning.LessonProgress;
import org.alliance.web.security.LoginSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.transaction.support.TransactionOperations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Export and account deletion through the service, as real students with enrolments and attempts. */
@AllianceTest
class PersonalDataServiceTest {
    private static final String COURSE = "timed-test";
    private static final String QUIZ = "tq-timed";

    @Autowired
    PersonalDataService personalData;

    @Autowired
    List<PersonalData> sections;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    @Autowired
    QuizAttempts attempts;

    @Autowired
    LessonProgress progress;

    @Autowired
    SessionRegistry sessions;

    @Autowired
    AuthenticationProvider login;

    @Autowired
    TransactionOperations transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_export_holds_my_enrolments_attempts_and_answers_and_nothing_of_anyone_else() {
        String othersAttempt = studentWithASubmittedAttempt("export-other", "b");
        String mine = studentWithASubmittedAttempt("export-me", "a");

        JsonNode export = JsonMapper.builder().build().readTree(personalData.export());
        String text = new String(personalData.export(), StandardCharsets.UTF_8);

        assertThat(export.get("generatedAt").asString())
                .isEqualTo(clock.instant().toString());
        assertThat(export.get("username").asString()).isEqualTo("export-me");
        assertThat(export.get("account").get("displayName").asString()).isEqualTo("Export Me");
        assertThat(export.get("enrolments")).hasSize(1);
        assertThat(export.get("enrolments").get(0).get("courseId").asString()).isEqualTo(COURSE);
        assertThat(export.get("lessonProgress").get(0).get("lessonId").asString())
                .isEqualTo("t1-only-lesson");
        JsonNode attempt = export.get("attempts").get(0);
        assertThat(export.get("attempts")).hasSize(1);
        assertThat(attempt.get("id").asString()).isEqualTo(mine);
        assertThat(attempt.get("score").asDouble()).isEqualTo(0.5);
        assertThat(attempt.get("answers").get(0).get("itemId").asString()).isEqualTo("tq-i1");
        assertThat(attempt.get("answers").get(0).get("response").get("option").asString())
                .isEqualTo("a");
        assertThat(text)
                .doesNotContain("export-other")
                .doesNotContain(othersAttempt)
                .doesNotContain("passwordHash")
                .doesNotContain("$argon2");
    }

    @Test
    void deleting_my_account_keeps_my_attempts_under_an_alias_and_removes_everything_that_was_me() {
        String attempt = studentWithASubmittedAttempt("leaving-student", "a");
        sessions.registerNewSession("leaving-1", LoginSessions.principalFor("leaving-student", clock.instant()));
        sessions.registerNewSession("leaving-2", LoginSessions.principalFor("leaving-student", clock.instant()));

        assertThatThrownBy(() -> personalData.deleteMyAccount("not my password"))
                .isInstanceOf(AccountException.class)
                .hasMessage("account.password.current-wrong");
        assertThat(accounts.findForLogin("leaving-student")).isPresent();

        personalData.deleteMyAccount("a long and quiet password");

        assertThat(accounts.findForLogin("leaving-student")).isEmpty();
        assertThat(sessions.getSessionInformation("leaving-1").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("leaving-2").isExpired()).isTrue();
        assertThatThrownBy(() -> login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                        "leaving-student", "a long and quiet password")))
                .isInstanceOf(BadCredentialsException.class);

        String alias = jdbc.sql("select username from attempt where public_id = ?")
                .param(attempt)
                .query(String.class)
                .single();
        assertThat(alias).matches("deleted-[A-Z][A-Z2-9]{9}");
        assertThat(jdbc.sql("select score from attempt where public_id = ?")
                        .param(attempt)
                        .query(Double.class)
                        .single())
                .as("the gradebook keeps the score")
                .isEqualTo(0.5);
        assertThat(count(
                        "select count(*) from attempt_answer a join attempt t on t.id = a.attempt_id"
                                + " where t.public_id = ?",
                        attempt))
                .as("and the answers")
                .isEqualTo(1);
        assertThat(count("select count(*) from enrolment where username = ?", alias))
                .isEqualTo(1);
        for (String table : List.of("attempt", "enrolment", "lesson_progress")) {
            assertThat(count("select count(*) from " + table + " where username = ?", "leaving-student"))
                    .as(table)
                    .isZero();
        }
        assertThat(count("select count(*) from lesson_progress where username = ?", alias))
                .isZero();
    }

    @Test
    void if_any_feature_fails_nothing_is_deleted_or_moved() {
        String attempt = studentWithASubmittedAttempt("unlucky-student", "a");
        sessions.registerNewSession("unlucky-1", LoginSessions.principalFor("unlucky-student", clock.instant()));
        var withAFailure = new ArrayList<>(sections);
        withAFailure.add(new PersonalData() {
            @Override
            public String section() {
                return "failing";
            }

            @Override
            public Object export(String username) {
                return List.of();
            }

            @Override
            public void anonymise(String username, String alias) {
                throw new IllegalStateException("this feature could not anonymise");
            }
        });
        // The same service code over every real feature plus one that fails last, after the others wrote.
        var service = new PersonalDataService(withAFailure, accounts, transactions, clock);

        assertThatThrownBy(() -> service.deleteMyAccount("a long and quiet password"))
                .hasMessage("this feature could not anonymise");

        assertThat(accounts.findForLogin("unlucky-student")).isPresent();
        assertThat(sessions.getSessionInformation("unlucky-1").isExpired()).isFalse();
        assertThat(jdbc.sql("select username from attempt where public_id = ?")
                        .param(attempt)
                        .query(String.class)
                        .single())
                .isEqualTo("unlucky-student");
        assertThat(count("select count(*) from enrolment where username = ?", "unlucky-student"))
                .isEqualTo(1);
        assertThat(count("select count(*) from lesson_progress where username = ?", "unlucky-student"))
                .isEqualTo(1);
    }

    @Test
    void instructors_and_admins_cannot_delete_their_own_account_here() {
        signIn("instructor", "INSTRUCTOR");
        assertThat(personalData.canDeleteMyAccount()).isFalse();
        assertThatThrownBy(() -> personalData.deleteMyAccount("cedar-desk-lamp-marking"))
                .isInstanceOf(PrivacyException.class)
                .hasMessage("privacy.delete.students-only");
        assertThat(accounts.findForLogin("instructor")).isPresent();
    }

    @Test
    void two_features_cannot_claim_the_same_section() {
        var twice = new ArrayList<>(sections);
        twice.add(sections.getFirst());
        assertThatThrownBy(() -> new PersonalDataService(twice, accounts, transactions, clock))
                .isInstanceOf(IllegalStateException.class);
    }

    /** A registered, signed-in student who read the lesson and submitted one attempt; returns its public id. */
    private String studentWithASubmittedAttempt(String username, String option) {
        signIn(username, "STUDENT");
        accounts.register(displayName(username), username, "a long and quiet password");
        catalog.enrol(COURSE, null);
        progress.open(COURSE, "t1-only-lesson");
        String id = attempts.start(COURSE, QUIZ);
        attempts.answer(id, "tq-i1", new Response.SingleChoiceAnswer(option));
        attempts.submit(id);
        return id;
    }

    private static String displayName(String username) {
        var words = new ArrayList<String>();
        for (String word : username.split("-")) {
            words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return String.join(" ", words);
    }

    private long count(String sql, String param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
