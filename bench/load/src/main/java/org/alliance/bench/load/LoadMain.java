package org.alliance.bench.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Entry point of the load generator; {@code bench/load.sh} documents the modes. Every figure is a latency seen
 * by the client, request sent to answer read, over loopback.
 */
public final class LoadMain {
    private LoadMain() {}

    public static void main(String[] args) throws Exception {
        var settings = Settings.parse(args);
        var report = new Report(settings.get("csv", ""));
        switch (settings.mode()) {
            case "setup" -> Accounts.prepare(settings, settings.integer("students", 100));
            case "page" -> pages(settings, report);
            case "signin" -> signIns(settings, report);
            case "steps" -> new Steps(settings, report).run();
            case "hold" -> hold(settings);
            default -> throw new IllegalArgumentException("unknown --mode " + settings.mode());
        }
        System.exit(0);
    }

    /** S signed-in sessions open the same page R times each, all at once (S = 1: one at a time). */
    private static void pages(Settings settings, Report report) throws Exception {
        int sessions = settings.integer("sessions", 50);
        int rounds = settings.integer("rounds", 20);
        String route = settings.get("route", settings.coursePath());
        String check = settings.get("expect-id", "");
        var recorder = new Recorder();
        List<Browser> browsers = new ArrayList<>();
        for (int i = 1; i <= sessions; i++) {
            var browser = new Browser(URI.create(settings.base()));
            if (!browser.signIn(
                    settings.get("user", Student.username(i)), settings.get("password", Student.PASSWORD))) {
                throw new IllegalStateException("sign-in refused for session " + i);
            }
            browsers.add(browser);
            browser.open(route); // warm: the first visit of a session is not the steady state
        }
        together(browsers.size(), i -> {
            for (int r = 0; r < rounds; r++) {
                recorder.time("page " + route, () -> {
                    Page page = browsers.get(i).open(route);
                    return check.isEmpty() ? page : Student.checked(page, check);
                });
            }
        });
        report.print(sessions + " sessions x " + rounds + " opens", recorder);
    }

    /** S browsers sign in at the same moment, R times. */
    private static void signIns(Settings settings, Report report) throws Exception {
        int sessions = settings.integer("sessions", 50);
        int rounds = settings.integer("rounds", 5);
        var recorder = new Recorder();
        for (int r = 0; r < rounds; r++) {
            together(sessions, i -> {
                var browser = new Browser(URI.create(settings.base()));
                boolean ok = recorder.time(
                        "sign-in",
                        () -> browser.signIn(
                                settings.get("user", Student.username(i + 1)),
                                settings.get("password", Student.PASSWORD)));
                if (!ok) {
                    recorder.error("sign-in", new IllegalStateException("refused"));
                }
            });
        }
        report.print(sessions + " at once x " + rounds, recorder);
    }

    /** N students each mid-quiz with ten answers saved, held until the process is stopped. */
    private static void hold(Settings settings) throws Exception {
        int students = settings.integer("students", 200);
        var recorder = new Recorder();
        var held = new ArrayList<Student>();
        for (int i = 1; i <= students; i++) {
            var student = new Student(settings, recorder, Student.username(i));
            student.signIn("sign-in");
            student.holdMidQuiz();
            held.add(student);
        }
        System.out.println("HOLDING " + held.size() + " students mid-quiz");
        System.out.flush();
        Thread.sleep(Long.parseLong(settings.get("hold-seconds", "3600")) * 1000);
    }

    interface Body {
        void run(int index) throws Exception;
    }

    /** Runs the body once per index on virtual threads released at the same instant. */
    static void together(int count, Body body) throws InterruptedException {
        var go = new CountDownLatch(1);
        var done = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            Thread.ofVirtual().start(() -> {
                try {
                    go.await();
                    body.run(index);
                } catch (Exception e) {
                    System.err.println("session " + index + ": " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        Thread.sleep(ThreadLocalRandom.current().nextInt(50, 100));
        go.countDown();
        done.await();
    }
}
