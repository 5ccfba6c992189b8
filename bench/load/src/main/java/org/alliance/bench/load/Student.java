package org.alliance.bench.load;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * One student's journey as the issue describes it: sign in, open the course, open a quiz and start it, save
 * answers with think time between them, submit; then again from the course page while the run lasts.
 */
final class Student {
    static final String PASSWORD = "violet-harbour-lantern-4217";
    static final int ANSWERS = 10;

    private final Settings settings;
    private final Recorder recorder;
    private final String username;
    private final Browser browser;
    private volatile Page page;
    private ScheduledFuture<?> beats;

    /**
     * Heartbeats run on their own clock, as a browser's do (every 60 s whatever the student does), not between the
     * student's steps: Vaadin closes a UI that sent none for 3.1 intervals, however busy its other requests.
     */
    private static final ScheduledExecutorService HEARTBEATS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "heartbeats");
        t.setDaemon(true);
        return t;
    });

    Student(Settings settings, Recorder recorder, String username) {
        this.settings = settings;
        this.recorder = recorder;
        this.username = username;
        this.browser = new Browser(URI.create(settings.base()));
    }

    static String username(int n) {
        return "load-%05d".formatted(n);
    }

    void signIn(String action) throws Exception {
        boolean ok = recorder.time(action, () -> browser.signIn(username, PASSWORD));
        if (!ok) {
            throw new IllegalStateException(username + " could not sign in (run the setup mode first)");
        }
    }

    /**
     * Journeys until the run stops; the first sign-in has been done by the caller. The course page is loaded once;
     * from then on the student moves by links, in the same page (one UI, as in a browser), and the open page sends
     * Vaadin's heartbeat every minute.
     */
    void journeys(Run run) throws Exception {
        if (page == null) {
            opened(recorder.time(
                    "course page (load)", () -> checked(browser.open(settings.coursePath()), "continue-link")));
        }
        while (run.going()) {
            think(run);
            recorder.time("quiz page", () -> page.navigate(settings.quizPath()));
            checked(page, "quiz-start");
            startAndAnswer(page, run, "quiz start");
            if (!run.going()) {
                return;
            }
            think(run);
            recorder.time("course page", () -> page.navigate(settings.coursePath()));
            checked(page, "continue-link");
        }
    }

    /** Loads the quiz page straight away (a link from elsewhere), which the journeys then go on from. */
    Page openQuiz(String action) throws Exception {
        return opened(recorder.time(action, () -> checked(browser.open(settings.quizPath()), "quiz-start")));
    }

    /** After an error: the next journey loads its page afresh. */
    void reset() {
        if (beats != null) {
            beats.cancel(false);
        }
        page = null;
    }

    /** Starts the quiz on an open quiz page, saves the answers with think time, and submits. */
    void startAndAnswer(Page quiz, Run run, String startAction) throws Exception {
        int start = quiz.tree.byId("quiz-start").orElseThrow(() -> new IllegalStateException("no start button"));
        recorder.time(startAction, () -> quiz.click(start));
        List<Integer> groups = quiz.tree.find("tag", "vaadin-radio-group");
        if (groups.isEmpty()) {
            throw new IllegalStateException(
                    "the started quiz shows no choice question; ids on the page: " + quiz.tree.ids());
        }
        for (int i = 0; i < ANSWERS && run.going(); i++) {
            think(run);
            int group = groups.get(i % groups.size());
            String option = anyOption(quiz.tree, group);
            JsonNode answer = recorder.time("answer save", () -> quiz.sync(group, "value", option));
            if (!confirmsSave(quiz.tree, answer)) {
                recorder.error("answer save", new IllegalStateException("no 'Saved' status: " + answer));
            }
        }
        if (!run.going()) {
            return;
        }
        think(run);
        recorder.time("submit", () -> {
            int submit = quiz.tree.byId("quiz-submit").orElseThrow();
            quiz.click(submit);
            int dialog = quiz.tree.find("tag", "vaadin-confirm-dialog").stream()
                    .reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("no confirmation dialog"));
            return quiz.confirm(dialog);
        });
    }

    /** Starts the quiz with no think time and saves the answers: a session as it stands mid-quiz. */
    void holdMidQuiz() throws Exception {
        Page quiz = browser.open(settings.quizPath());
        int start = quiz.tree.byId("quiz-start").orElseThrow();
        quiz.click(start);
        List<Integer> groups = quiz.tree.find("tag", "vaadin-radio-group");
        for (int i = 0; i < ANSWERS; i++) {
            int group = groups.get(i % groups.size());
            quiz.sync(group, "value", anyOption(quiz.tree, group));
        }
    }

    /** The status the page shows after a save: the nodes the answer put on the page read "Saved…". */
    private static boolean confirmsSave(UiTree tree, JsonNode answer) {
        for (JsonNode change : answer.path("changes")) {
            for (JsonNode added : change.path("addNodes")) {
                if (tree.text(added.asInt()).contains("Saved")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Any option but the one chosen now: choosing the same again changes nothing and saves nothing. */
    private static String anyOption(UiTree tree, int group) {
        String current = tree.value(group);
        List<String> values = tree.optionValues(group).stream()
                .filter(v -> !v.equals(current))
                .toList();
        String chosen = values.get(ThreadLocalRandom.current().nextInt(values.size()));
        tree.setValue(group, chosen);
        return chosen;
    }

    private void think(Run run) throws InterruptedException {
        long ms = ThreadLocalRandom.current().nextLong(settings.thinkMinMs(), settings.thinkMaxMs() + 1);
        run.sleep(ms);
    }

    /** The page the student has open from now on, with its heartbeat every 60 s. */
    private Page opened(Page opened) {
        if (beats != null) {
            beats.cancel(false);
        }
        page = opened;
        beats = HEARTBEATS.scheduleAtFixedRate(this::beat, 60, 60, TimeUnit.SECONDS);
        return opened;
    }

    private void beat() {
        Page open = page;
        if (open == null) {
            return;
        }
        long start = System.nanoTime();
        open.heartbeat().whenComplete((alive, failure) -> {
            if (failure != null) {
                recorder.error("heartbeat", new IllegalStateException(failure));
            } else if (!alive) {
                recorder.error("heartbeat", new IllegalStateException("the UI is gone"));
            } else {
                recorder.record("heartbeat", System.nanoTime() - start);
            }
        });
    }

    static Page checked(Page page, String elementId) {
        if (page.tree.byId(elementId).isEmpty()) {
            throw new IllegalStateException("the page has no #" + elementId);
        }
        return page;
    }
}
