package org.alliance.web.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.web.TestUsers;
import org.alliance.web.account.AccountService;
import org.alliance.web.catalog.CourseCatalog;
import org.alliance.web.journey.AxeCheck.Finding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * axe-core, in real Chromium, on every page a student meets, on a desktop and at phone width: no serious or
 * critical WCAG 2.1 A/AA violation outside the documented allow-list (AxeCheck.ALLOWED,
 * docs/accessibility.md). The quiz player is checked with interactive feedback showing, the quiz page with
 * its attempt history, a branching vignette after a reply, so the states with the most on screen are checked.
 * Every instructor page too, the course editor with a quiz and two vignettes open as forms among them.
 */
@BrowserJourney
class AccessibilityIT {
    private static final String COURSE = "therapeutic-relationship";
    private static final String QUIZ = "q1-what-makes-therapy-work";
    private static final String PASSWORD = "lanterns along the harbour";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    CourseCatalog catalog;

    Browser browser;
    private final Map<String, List<Finding>> failures = new LinkedHashMap<>();
    private int width;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void every_student_page_passes_axe(int width) {
        this.width = width;
        browser = new Browser(port, width, width < 600 ? 844 : 900);

        browser.open("login");
        check("login", By.id("vaadinLoginUsername"));
        browser.open("register");
        check("register", By.id("register-submit"));

        String username = "axe-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register("Ada Access", username, PASSWORD);
        browser.signIn(username, PASSWORD);
        check("home", By.id("home-role"));
        browser.open("courses");
        check("catalogue", By.id("course-" + COURSE));
        browser.enrol(COURSE);
        check("course", By.id("continue-link"));
        browser.open("courses/" + COURSE + "/lessons/l1-what-makes-therapy-work");
        check("lesson", By.id("mark-done"));

        var quiz = new QuizPage(browser);
        browser.open("courses/" + COURSE + "/quizzes/" + QUIZ);
        check("quiz-overview", By.id("quiz-start"));
        quiz.start(COURSE, QUIZ);
        WebElement first = quiz.panels().getFirst();
        quiz.answer(first);
        quiz.check(first);
        quiz.waitForStatus(first, "Try 1 of 3 used.");
        check("quiz-player", By.id("quiz-submit"));
        quiz.submit();
        check("quiz-review", By.id("review-score"));
        browser.open("courses/" + COURSE + "/quizzes/" + QUIZ);
        check("quiz-overview-history", By.tagName("vaadin-grid"));
        browser.open("account");
        check("my-account", By.tagName("vaadin-password-field"));

        browser.open("courses/" + COURSE + "/vignettes/v4-sorry-for-rambling");
        check("vignette", By.id("vignette-start"));
        browser.click(By.id("vignette-start"));
        browser.click(browser.waitFor(By.id("vignette-replies")).findElement(By.cssSelector("vaadin-radio-button")));
        browser.click(By.id("vignette-respond"));
        check("vignette-player", By.cssSelector(".transcript .turn-feedback"));
        browser.open("courses/" + COURSE + "/vignettes/v3-empathy-or-sympathy");
        browser.click(By.id("vignette-start"));
        browser.click(browser.waitFor(By.cssSelector(".single-response vaadin-radio-button")));
        browser.click(By.id("vignette-commit"));
        browser.waitForUrlEnding("/debrief");
        check("vignette-debrief", By.tagName("h1"));

        assertThat(failures)
                .as(() -> failures.entrySet().stream()
                        .map(e -> e.getKey() + ":\n  "
                                + e.getValue().stream().map(Finding::toString).collect(Collectors.joining("\n  ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1280, 390})
    void every_instructor_page_passes_axe(int width) {
        this.width = width;
        // A student on the roll, so the enrolment page shows its per-student buttons.
        String student = "axe-roll-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register("Rolf Roll", student, PASSWORD);
        TestUsers.signIn(student, "STUDENT");
        catalog.enrol(COURSE, null);
        SecurityContextHolder.clearContext();
        browser = new Browser(port, width, width < 600 ? 844 : 900);
        browser.signIn("instructor", "cedar-desk-lamp-marking");
        check("teaching", By.tagName("h1"));
        String course = "teaching/" + COURSE;
        browser.open(course);
        check("taught-course", By.tagName("h1"));
        for (String page : List.of("enrolment", "grading", "gradebook", "analysis", "versions", "export", "copy")) {
            browser.open(course + "/" + page);
            check("teaching-" + page, By.tagName("h1"));
        }
        browser.open("teaching/import");
        check("teaching-import", By.tagName("h1"));
        browser.open(course + "/preview/quizzes/" + QUIZ);
        check("preview-quiz", By.tagName("h1"));
        browser.open(course + "/preview/vignettes/v6-you-just-nod");
        check("preview-vignette", By.tagName("h1"));

        browser.open(course + "/edit");
        check("editor-course-form", By.cssSelector("#editor-form fieldset"));
        browser.openEditorFile("lessons/l1-what-makes-therapy-work.md");
        check("editor-lesson-form", By.cssSelector("#editor-form fieldset"));
        browser.editAs("Text");
        check("editor-lesson-text", By.cssSelector("vaadin-text-area.code-editor"));
        browser.editAs("Form");
        for (String file : List.of(
                "quizzes/" + QUIZ + ".yaml",
                "vignettes/v6-you-just-nod.yaml",
                "vignettes/v5-write-a-process-comment.yaml",
                "glossary.yaml",
                "references.yaml")) {
            browser.openEditorFile(file);
            check("editor-form-" + file.replaceAll("\\W", "-"), By.cssSelector("#editor-form fieldset"));
        }
        browser.signOut();
        browser.signIn("admin", "brass-ring-of-keys");
        browser.open("admin/users");
        check("admin-users", By.tagName("h1"));

        assertThat(failures)
                .as(() -> failures.entrySet().stream()
                        .map(e -> e.getKey() + ":\n  "
                                + e.getValue().stream().map(Finding::toString).collect(Collectors.joining("\n  ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** Waits for the page, saves a screenshot, runs axe and keeps any blocking findings. */
    private void check(String page, By ready) {
        browser.waitFor(ready);
        browser.waitForIdle();
        String name = page + "-" + width;
        browser.screenshot("a11y-" + name);
        var blocking = AxeCheck.blocking(browser.driver(), name);
        if (!blocking.isEmpty()) {
            failures.put(name, blocking);
        }
    }
}
