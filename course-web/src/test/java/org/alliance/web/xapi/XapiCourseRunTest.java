package org.alliance.web.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.alliance.web.AllianceTest;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One student's course run ({@link XapiCourseRun}) received by a test LRS that is down for part of it: every
 * statement arrives exactly once, each follows the xAPI 1.0.3 rules by our validator and by Learning Locker's.
 */
@AllianceTest
@AlsoOnPostgres
class XapiCourseRunTest {
    private static final String ADL = "http://adlnet.gov/expapi/verbs/";
    private static final Path NODE_VALIDATOR = Path.of("../tools/xapi-validation");
    private static TestLrs lrs;
    private static XapiCourseRun run;

    @Autowired
    ApplicationContext context;

    @Autowired
    XapiStore store;

    /** The run, played once for the class's tests, whichever comes first. */
    private XapiCourseRun run() throws IOException {
        synchronized (XapiCourseRunTest.class) {
            if (run == null) {
                lrs = new TestLrs();
                run = XapiCourseRun.play(context, lrs);
            }
            return run;
        }
    }

    @AfterAll
    static void stopLrs() {
        if (lrs != null) {
            lrs.close();
        }
    }

    @Test
    void every_statement_of_the_run_reaches_the_lrs_exactly_once_though_it_was_down_for_part_of_it()
            throws IOException {
        var run = run();
        var stored = store.ofUser(run.student);
        assertThat(stored).hasSizeGreaterThan(15);
        assertThat(stored).as("all sent, none set aside").allSatisfy(s -> {
            assertThat(s.sentAt()).isNotNull();
            assertThat(s.givenUpAt()).isNull();
        });
        var times = lrs.timesReceived();
        assertThat(stored)
                .allSatisfy(s -> assertThat(times.get(s.id())).as(s.id()).isEqualTo(1));
        assertThat(run.statementsAtLrs())
                .extracting(s -> s.path("id").asString())
                .containsExactlyInAnyOrderElementsOf(
                        stored.stream().map(XapiStore.Stored::id).toList());
        assertThat(lrs.answers).as("the LRS refused while it was down").contains(503);
        assertThat(run.heldWhileDown)
                .as("statements of the down part waited in the outbox")
                .isTrue();
        assertThat(run.roundBeforeBackoff)
                .as("nothing retried before its backoff")
                .isEqualTo("sent 0");
    }

    @Test
    void the_run_says_what_the_student_did_in_adl_verbs_with_nodes_ratings_and_voided_grades() throws IOException {
        var statements = run().statementsAtLrs();
        assertThat(verbs(statements)).contains("completed", "answered", "responded", "interacted", "scored", "voided");
        assertThat(statements)
                .filteredOn(s -> verb(s).equals("responded"))
                .anySatisfy(s -> assertThat(s.path("object").path("id").asString())
                        .contains("/vignette/" + XapiCourseRun.BRANCHING + "/node/"))
                .allSatisfy(s -> assertThat(s.path("result").path("extensions").toString())
                        .contains("ratings"));
        assertThat(statements)
                .filteredOn(s -> verb(s).equals("interacted"))
                .singleElement()
                .satisfies(s -> assertThat(s.path("result").path("extensions").toString())
                        .contains("good_challenge"));
        var voiding = statements.stream().filter(s -> verb(s).equals("voided")).toList();
        assertThat(voiding)
                .as("the override and the rescoring each void the statement they replace")
                .hasSize(2);
        var ids = statements.stream().map(s -> s.path("id").asString()).toList();
        assertThat(voiding)
                .allSatisfy(v ->
                        assertThat(ids).contains(v.path("object").path("id").asString()));
        String actor =
                statements.getFirst().path("actor").path("account").path("name").asString();
        assertThat(actor).doesNotContain(run.student);
        assertThat(statements)
                .allSatisfy(s ->
                        assertThat(s.toString()).doesNotContain(run.student).doesNotContain("mbox"));
    }

    @Test
    void every_statement_of_the_run_follows_the_xapi_rules() throws IOException {
        assertThat(XapiValidator.check(run().statementsAtLrs())).isEmpty();
    }

    @Test
    void learning_lockers_validator_finds_no_problem_in_the_run() throws Exception {
        boolean installed = Files.isDirectory(NODE_VALIDATOR.resolve("node_modules/@learninglocker/xapi-validation"));
        if (!installed && "true".equals(System.getenv("ALLIANCE_REQUIRE_VALIDATORS"))) {
            throw new AssertionError("tools/xapi-validation has no node_modules: run npm ci there");
        }
        assumeTrue(installed, "tools/xapi-validation not installed (npm ci); ALLIANCE_REQUIRE_VALIDATORS=true fails");
        var statements = run().statementsAtLrs();
        // Kept in target/ for a reader to see what was sent.
        Path file = Path.of("target/xapi-run-statements.json");
        Files.writeString(file, JsonMapper.builder().build().writeValueAsString(statements));
        var process = new ProcessBuilder(
                        "node", "validate.js", file.toAbsolutePath().toString())
                .directory(NODE_VALIDATOR.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains(statements.size() + " statements, 0 problems");
    }

    private static List<String> verbs(List<JsonNode> statements) {
        return statements.stream().map(XapiCourseRunTest::verb).distinct().toList();
    }

    private static String verb(JsonNode statement) {
        return statement.path("verb").path("id").asString().substring(ADL.length());
    }
}
