package org.alliance.web.bench.analytics;

import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.alliance.web.AllianceApplication;
import org.alliance.web.catalog.CoursePortability;
import org.alliance.web.catalog.CourseStaff;
import org.alliance.web.gradebook.Analysis;
import org.alliance.web.gradebook.Gradebook;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Analytics at scale (issue 15): starts the app on H2 (a file under target/) or PostgreSQL (a database of its
 * own next to the tests'), generates the data once per size, then times warm, as the views call them: the
 * gradebook's first page (count and the first 50 rows, what the grid asks for first), the item analysis, and
 * the whole gradebook as CSV; optionally the gradebook page round trip in headless Chromium. Run by
 * {@code bench/analytics.sh}; never part of the test run.
 */
public final class AnalyticsBench {
    private static final String INSTRUCTOR = "instructor";
    private static final String INSTRUCTOR_PASSWORD = "cedar-desk-lamp-marking";

    private AnalyticsBench() {}

    public static void main(String[] args) throws Exception {
        String db = args.length > 0 ? args[0] : "h2";
        int students = Integer.getInteger("bench.students", 10_000);
        int runs = Integer.getInteger("bench.runs", 10);
        int warmups = Integer.getInteger("bench.warmups", 3);
        boolean page = Boolean.parseBoolean(System.getProperty("bench.page", "true"));

        List<String> props = new ArrayList<>(List.of(
                "--server.port=0",
                "--alliance.jobs.enabled=false",
                "--alliance.demo.enabled=true",
                "--vaadin.productionMode=true",
                "--spring.main.banner-mode=off"));
        props.addAll(database(db, students));
        try (ConfigurableApplicationContext app = SpringApplication.run(AllianceApplication.class, props.toArray(String[]::new))) {
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(
                            INSTRUCTOR, null, List.of(new SimpleGrantedAuthority("ROLE_INSTRUCTOR"))));
            var data = new AnalyticsData(
                    app.getBean(DataSource.class), app.getBean(CoursePortability.class), app.getBean(CourseStaff.class));
            data.removeResubmissions();
            data.ensure(students);
            var results = measure(app, data, warmups, runs);
            data.removeResubmissions();
            if (page) {
                int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port", "0"));
                try (var browser = new PageRoundTrip(port)) {
                    browser.signIn(INSTRUCTOR, INSTRUCTOR_PASSWORD);
                    results.add(Timing.of(
                            "gradebook page round trip (Chromium, navigation to first row shown)",
                            warmups,
                            runs,
                            () -> {
                                browser.openGradebook(AnalyticsCourse.ID, AnalyticsData.student(1));
                                return null;
                            }));
                    long[] received = {0};
                    results.add(Timing.of("CSV download through the page's link (Chromium)", warmups, runs, () -> {
                        received[0] = browser.downloadCsv();
                        return null;
                    }));
                    System.out.printf("CSV received by the browser: %d bytes%n", received[0]);
                }
            }
            System.out.printf(
                    "%nAnalytics at scale: %s, %d students × %d items × %d attempts, %d warm-up + %d measured runs%n",
                    db, students, AnalyticsCourse.ITEMS, AnalyticsData.ATTEMPTS, warmups, runs);
            System.out.println("| figure | median ms | min ms | max ms | median CPU ms (this thread) | runs |");
            System.out.println("| --- | --- | --- | --- | --- | --- |");
            results.forEach(r -> System.out.println(r.row()));
        }
    }

    private static List<Timing> measure(ConfigurableApplicationContext app, AnalyticsData data, int warmups, int runs)
            throws Exception {
        var gradebook = app.getBean(Gradebook.class);
        var analysis = app.getBean(Analysis.class);
        String course = AnalyticsCourse.ID;
        var labels = new Gradebook.CsvLabels("Student", "Course grade", "Excused", "Awaiting", "Deleted", "{0} (drill)");
        var results = new ArrayList<Timing>();
        results.add(Timing.of("gradebook first page (count + 50 rows by name)", warmups, runs, () -> {
            gradebook.count(course, "");
            return gradebook.page(course, "", List.of(), 0, 50);
        }));
        results.add(Timing.of(
                "gradebook first page sorted by course grade (count + 50 rows)",
                warmups,
                runs,
                () -> {
                    gradebook.count(course, "");
                    return gradebook.page(course, "", List.of(new Gradebook.Sort(Gradebook.COURSE_GRADE, true)), 0, 50);
                }));
        // After a new submission (made before the clock starts): what the page waits for, the last report served
        // while a background run adds the submission; then how long until the report includes it.
        int[] next = {AnalyticsData.ATTEMPTS};
        results.add(Timing.of(
                "item analysis after a submission, served at once (marked as updating)",
                warmups,
                runs,
                () -> analysis.of(course),
                () -> {
                    settled(analysis, course);
                    data.resubmit(1, ++next[0]);
                }));
        results.add(Timing.of(
                "item analysis after a submission, until the report includes it (background computation)",
                warmups,
                runs,
                () -> settled(analysis, course),
                () -> {
                    settled(analysis, course);
                    data.resubmit(1, ++next[0]);
                    analysis.of(course);
                }));
        // Nothing new since the last call: the report computed for this state is served.
        results.add(Timing.of("item analysis, nothing new since the last call", warmups, runs, () -> analysis.of(course)));
        long[] bytes = new long[1];
        results.add(Timing.of("CSV export of the whole gradebook", warmups, runs, () -> {
            var out = new CountingStream();
            gradebook.csv(course, "", labels, out);
            bytes[0] = out.count;
            return null;
        }));
        System.out.printf("CSV size: %d bytes%n", bytes[0]);
        return results;
    }

    /** The report once no background run is adding anything to it (polled every 10 ms). */
    private static Analysis.Report settled(Analysis analysis, String course) throws InterruptedException {
        while (true) {
            var report = analysis.of(course);
            if (!report.freshness().updating()) {
                return report;
            }
            Thread.sleep(10);
        }
    }

    /** Spring arguments for the database: an H2 file per size under target/, or a PostgreSQL database per size. */
    private static List<String> database(String db, int students) throws Exception {
        if (db.equals("h2")) {
            Path dir = Path.of("target", "bench-analytics", "h2-" + students).toAbsolutePath();
            return List.of("--alliance.data-dir=" + dir,
                    "--spring.datasource.url=jdbc:h2:file:" + dir + "/alliance;DB_CLOSE_ON_EXIT=FALSE",
                    "--spring.datasource.username=sa",
                    "--spring.datasource.password=");
        }
        if (!db.equals("postgres")) {
            throw new IllegalArgumentException("h2 or postgres, not " + db);
        }
        String url = env("ALLIANCE_TEST_POSTGRES_URL");
        String user = env("ALLIANCE_TEST_POSTGRES_USER");
        String password = env("ALLIANCE_TEST_POSTGRES_PASSWORD");
        String name = "alliance_analytics_" + students;
        try (var c = DriverManager.getConnection(url, user, password);
                var s = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            s.setString(1, name);
            if (!s.executeQuery().next()) {
                c.createStatement().execute("create database " + name);
            }
        }
        String own = url.substring(0, url.lastIndexOf('/') + 1) + name + "?reWriteBatchedInserts=true";
        return List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + own,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: eval \"$(deploy/postgres-for-tests.sh)\" first");
        }
        return value;
    }

    /** Counts what the export writes and keeps nothing. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
