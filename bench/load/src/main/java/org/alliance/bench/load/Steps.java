package org.alliance.bench.load;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ramp: students join in steps and keep working (journeys with think time) while later steps add more; a
 * step {@code +N} is a burst of N new students who sign in and start the same quiz within the burst window.
 * Each step is reported on its own: what every student did from the step's start to its end.
 */
final class Steps {
    private final Settings settings;
    private final Report report;
    private final Recorder recorder = new Recorder();
    private final Run run = new Run();
    private final AtomicInteger accounts = new AtomicInteger();
    private int active;

    Steps(Settings settings, Report report) {
        this.settings = settings;
        this.report = report;
    }

    void run() throws Exception {
        int rampSeconds = settings.integer("ramp-seconds", 60);
        int stepSeconds = settings.integer("step-seconds", 120);
        int burstSeconds = settings.integer("burst-seconds", 60);
        for (String step : settings.steps()) {
            if (step.startsWith("+")) {
                int burst = Integer.parseInt(step.substring(1));
                for (int i = 0; i < burst; i++) {
                    long delay = ThreadLocalRandom.current().nextLong(burstSeconds * 1000L);
                    launch(delay, true);
                }
                active += burst;
                Thread.sleep((burstSeconds + stepSeconds / 2) * 1000L);
                report.print(
                        "burst of " + burst + " within " + burstSeconds + " s (" + active + " students)", recorder);
            } else {
                int target = Integer.parseInt(step);
                int joining = Math.max(0, target - active);
                for (int i = 0; i < joining; i++) {
                    launch(rampSeconds * 1000L * i / Math.max(1, joining), false);
                }
                active += joining;
                Thread.sleep((rampSeconds + stepSeconds) * 1000L);
                report.print(active + " students", recorder);
            }
        }
        run.stop();
    }

    private void launch(long delayMs, boolean burst) {
        var student = new Student(settings, recorder, Student.username(accounts.incrementAndGet()));
        Thread.ofVirtual().start(() -> {
            try {
                run.sleep(delayMs);
                if (burst) {
                    student.signIn("burst sign-in");
                    // Through the student, so the page they now have open sends its heartbeats.
                    Page quiz = student.openQuiz("burst quiz page");
                    student.startAndAnswer(quiz, run, "burst quiz start");
                } else {
                    student.signIn("sign-in");
                }
            } catch (Exception e) {
                recorder.error("journey", e);
            }
            while (run.going()) {
                try {
                    student.journeys(run);
                } catch (Exception e) {
                    recorder.error("journey", e);
                    student.reset();
                    try {
                        run.sleep(5_000);
                        student.signIn("sign-in");
                    } catch (Exception again) {
                        recorder.error("journey", again);
                    }
                }
            }
        });
    }
}
