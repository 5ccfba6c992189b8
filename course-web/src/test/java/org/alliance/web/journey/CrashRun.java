package org.alliance.web.journey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One crash: a student answers a quiz and an instructor rates free-text answers in two real browsers while the
 * app process is killed (or stopped) after a given delay; then the app restarts on the same database and each
 * answer and rating that the browsers had shown as saved is looked up again through the same pages.
 */
final class CrashRun {
    private static final String COURSE = "therapeutic-relationship";
    private static final String QUIZ = "q3-facilitative-conditions";
    private static final List<String> FREE_TEXT =
            List.of("v3-reflect-the-feeling", "v5-write-a-process-comment", "v7-your-own-pull");
    private static final String STUDENT = "crash-student";
    private static final String PASSWORD = "a slow boat past the lighthouse";
    private static final String INSTRUCTOR_PASSWORD = "cedar-desk-lamp-marking";

    private final CrashDatabase database;
    private final String name;
    private final int delayMillis;
    /** Item id to the option text chosen ("" where the answer was not an option), in the order shown saved. */
    private final Map<String, String> savedAnswers = Collections.synchronizedMap(new LinkedHashMap<>());

    private final List<String> savedRatings = new CopyOnWriteArrayList<>();

    CrashRun(CrashDatabase database, String name, int delayMillis) {
        this.database = database;
        this.name = name;
        this.delayMillis = delayMillis;
    }

    Tally kill() {
        return run(true);
    }

    Tally stop() {
        return run(false);
    }

    private Tally run(boolean kill) {
        try (var app = AppProcess.start(database.environment(), database.arguments(), log("before"))) {
            var student = new Browser(app.port, 1280, 900);
            var instructor = new Browser(app.port, 1280, 900);
            List<String> answered = submitFreeText(student);
            instructor.signIn("instructor", INSTRUCTOR_PASSWORD);
            var quiz = new QuizPage(student);
            quiz.start(COURSE, QUIZ);
            var ending = new AtomicBoolean();
            var work = Executors.newFixedThreadPool(2);
            work.submit(() -> answerAll(quiz, ending));
            work.submit(() -> rateAll(instructor, answered, ending));
            // The moment is random but falls while both are at work: after the first confirmed answer and
            // rating, when the next writes are on their way (H2's default settings lose the last second here).
            awaitFirstOfEach();
            sleep(delayMillis);
            ending.set(true);
            if (kill) {
                app.kill();
            } else {
                app.stop();
            }
            // Closing the browsers ends their waits at once instead of after their timeouts.
            student.close();
            instructor.close();
            work.shutdown();
            awaitTermination(work);
        }
        try (var app = AppProcess.start(database.environment(), database.arguments(), log("after"))) {
            return check(app);
        }
    }

    private void awaitFirstOfEach() {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while ((savedAnswers.isEmpty() || savedRatings.isEmpty()) && System.nanoTime() < deadline) {
            sleep(50);
        }
    }

    /** The student's free-text answers, which the instructor will rate; returns their attempt ids. */
    private static List<String> submitFreeText(Browser student) {
        student.register("Crash Student", STUDENT, PASSWORD);
        student.signIn(STUDENT, PASSWORD);
        student.enrol(COURSE);
        var attempts = new ArrayList<String>();
        for (String vignette : FREE_TEXT) {
            student.open("courses/" + COURSE + "/vignettes/" + vignette);
            student.click(By.id("vignette-start"));
            student.waitFor(By.id("free-text-reply"))
                    .findElement(By.cssSelector("textarea"))
                    .sendKeys("It sounds as if part of you wants to stop here. What is it like to say so to me?");
            for (WebElement group : student.driver().findElements(By.cssSelector("vaadin-radio-group.self-rating"))) {
                student.click(
                        group.findElements(By.tagName("vaadin-radio-button")).getLast());
            }
            student.click(By.id("free-text-submit"));
            student.waitForUrlEnding("/debrief");
            String url = student.driver().getCurrentUrl();
            attempts.add(url.substring(
                    url.indexOf("vignette-attempts/") + "vignette-attempts/".length(), url.lastIndexOf("/debrief")));
        }
        return attempts;
    }

    /** Answers item after item, noting each one only once its status line has said "Saved.". */
    private void answerAll(QuizPage quiz, AtomicBoolean ending) {
        try {
            for (WebElement panel : quiz.panels()) {
                if (ending.get()) {
                    return;
                }
                String chosen = quiz.answer(panel);
                quiz.waitForStatusStarting(panel, "Saved.");
                savedAnswers.put(QuizPage.itemId(panel), chosen);
            }
        } catch (RuntimeException | AssertionError gone) {
            // The process died under the browser: what was shown as saved so far is what counts.
            System.out.println(name + ": the student stopped after " + savedAnswers.size() + " answers: " + gone);
        }
    }

    /** Rates each answer on every dimension, noting it only once the page has said it is rated. */
    private void rateAll(Browser instructor, List<String> attempts, AtomicBoolean ending) {
        try {
            for (String attempt : attempts) {
                if (ending.get()) {
                    return;
                }
                instructor.open("teaching/" + COURSE + "/grading/" + attempt);
                for (WebElement group :
                        instructor.waitUntilPresent(By.cssSelector("vaadin-radio-group.rating-dimension"))) {
                    instructor.click(group.findElements(By.tagName("vaadin-radio-button"))
                            .get(2));
                }
                instructor.click(By.id("grading-save"));
                instructor.waitUntil(() ->
                        instructor.waitFor(By.id("grading-status")).getText().contains("Rated once"));
                savedRatings.add(attempt);
            }
        } catch (RuntimeException | AssertionError gone) {
            // As for the answers: only what the page confirmed counts.
            System.out.println(name + ": the instructor stopped after " + savedRatings.size() + " ratings: " + gone);
        }
    }

    /** Signs in again after the restart and looks up each confirmed answer and rating. */
    private Tally check(AppProcess app) {
        var lost = new ArrayList<String>();
        try (var student = new Browser(app.port, 1280, 900)) {
            student.signIn(STUDENT, PASSWORD);
            var quiz = new QuizPage(student);
            quiz.start(COURSE, QUIZ);
            student.waitForIdle();
            for (WebElement panel : quiz.panels()) {
                String item = QuizPage.itemId(panel);
                if (savedAnswers.containsKey(item) && !quiz.shows(panel, savedAnswers.get(item))) {
                    lost.add("answer " + item);
                }
            }
        }
        try (var instructor = new Browser(app.port, 1280, 900)) {
            instructor.signIn("instructor", INSTRUCTOR_PASSWORD);
            for (String attempt : savedRatings) {
                instructor.open("teaching/" + COURSE + "/grading/" + attempt);
                if (!instructor.waitFor(By.id("grading-status")).getText().contains("Rated once")) {
                    lost.add("rating of " + attempt);
                }
            }
        }
        return new Tally(1, savedAnswers.size(), savedRatings.size(), lost);
    }

    private Path log(String phase) {
        return Path.of("target", "crash", name + "-" + phase + ".log");
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitTermination(ExecutorService work) {
        try {
            if (!work.awaitTermination(3, TimeUnit.MINUTES)) {
                work.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What runs confirmed and what of it was missing after the restart. */
    record Tally(int runs, int answers, int ratings, List<String> missing) {
        Tally() {
            this(0, 0, 0, List.of());
        }

        Tally plus(Tally other) {
            var all = new ArrayList<>(missing);
            all.addAll(other.missing);
            return new Tally(runs + other.runs, answers + other.answers, ratings + other.ratings, all);
        }

        int lost() {
            return missing.size();
        }

        @Override
        public String toString() {
            return runs + " runs, " + answers + " answers and " + ratings + " ratings shown as saved, lost: " + lost()
                    + (missing.isEmpty() ? "" : " " + missing);
        }
    }
}
