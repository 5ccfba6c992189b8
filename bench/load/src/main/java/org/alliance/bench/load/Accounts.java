package org.alliance.bench.load;

import java.net.URI;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The setup step, through the app's own pages as a new student would: register on the sign-in page's
 * registration form, then enrol in the bundled courses from the catalogue. Safe to repeat: an account that
 * signs in already is only enrolled.
 */
final class Accounts {
    private Accounts() {}

    static void prepare(Settings settings, int count) throws Exception {
        var created = new AtomicInteger();
        var failed = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(settings.integer("setup-threads", 4))) {
            for (int i = 1; i <= count; i++) {
                int n = i;
                pool.submit(() -> {
                    try {
                        if (prepare(settings, Student.username(n))) {
                            created.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        System.err.println(Student.username(n) + ": " + e);
                    }
                });
            }
        }
        System.out.printf(
                "setup: %d accounts ready (%d new), %d failed%n", count - failed.get(), created.get(), failed.get());
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " accounts could not be prepared");
        }
    }

    /**
     * True when the account was created now. Registers first (a taken name is refused on the form) rather than
     * probing with a sign-in: failed sign-ins from one address pause that address, as they should.
     */
    private static boolean prepare(Settings settings, String username) throws Exception {
        boolean created = register(settings, username);
        var browser = new Browser(URI.create(settings.base()));
        if (!browser.signIn(username, Student.PASSWORD)) {
            throw new IllegalStateException("cannot sign in after registering");
        }
        enrolEverywhere(browser);
        return created;
    }

    /** False when the name is taken (by this account, from an earlier setup). */
    private static boolean register(Settings settings, String username) throws Exception {
        var page = new Browser(URI.create(settings.base())).open("register");
        page.sync(field(page, "register-display-name"), "value", "Load " + username);
        page.sync(field(page, "register-username"), "value", username);
        page.sync(field(page, "register-password"), "value", Student.PASSWORD);
        page.sync(field(page, "register-confirm"), "value", Student.PASSWORD);
        page.click(field(page, "register-submit"));
        return page.tree.byId("register-submit").isEmpty();
    }

    private static void enrolEverywhere(Browser browser) throws Exception {
        var catalog = browser.open("courses");
        for (int guard = 0; guard < 10; guard++) {
            var enrol = catalog.tree.find("tag", "vaadin-button").stream()
                    .filter(n -> catalog.tree.text(n).strip().equals("Enrol"))
                    .findFirst();
            if (enrol.isEmpty()) {
                return;
            }
            catalog.click(enrol.get());
        }
        throw new IllegalStateException("enrolment did not take");
    }

    private static int field(Page page, String id) {
        return page.tree.byId(id).orElseThrow(() -> new IllegalStateException("no #" + id + " on the page"));
    }
}
