package org.alliance.bench.probe;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One start-up measurement, printed as {@code login_ms=... catalogue_ms=... ready_ms=...}: the browser starts first
 * (not counted), then the app command after {@code --}; from the moment the process is started it times the first
 * 200 on /login, the moment the app reports itself ready, and the first signed-in /courses page that shows every
 * {@code --expect} title (signing in once the app is ready: a refused sign-in would count towards the login
 * throttle). The app is stopped at the end. Usage (bench/startup.sh runs it):
 *
 * <pre>
 * java -jar startup-probe.jar --port 8123 --log app.log [--dir DIR] [--env NAME=VALUE]... \
 *     --user student --password secret --expect "Title one" [--expect ...] -- java -jar app.jar --server.port=8123
 * </pre>
 */
public final class StartupProbe {
    private static final Duration LIMIT = Duration.ofMinutes(4);

    private StartupProbe() {}

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        try (var browser = new SignInBrowser(options.port(), LIMIT)) {
            try (var app = AppProcess.start(options.command(), options.dir(), options.env(), options.log())) {
                long login = app.awaitStatus200(options.port(), "/login", LIMIT);
                long ready = app.awaitReady(options.port(), LIMIT);
                browser.signIn(options.user(), options.password());
                browser.awaitCatalogue(options.expect());
                long catalogue = app.elapsedMillis();
                System.out.println("login_ms=" + login + " catalogue_ms=" + catalogue + " ready_ms=" + ready);
            }
        }
    }

    record Options(
            int port,
            Path log,
            Path dir,
            Map<String, String> env,
            String user,
            String password,
            List<String> expect,
            List<String> command) {

        static Options parse(String[] args) {
            int port = 0;
            Path log = Path.of("app.log");
            Path dir = Path.of(".");
            var env = new HashMap<String, String>();
            String user = null;
            String password = null;
            var expect = new ArrayList<String>();
            int i = 0;
            for (; i < args.length && !args[i].equals("--"); i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("No value after " + args[i]);
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(value);
                    case "--log" -> log = Path.of(value);
                    case "--dir" -> dir = Path.of(value);
                    case "--env" ->
                        env.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
                    case "--user" -> user = value;
                    case "--password" -> password = value;
                    case "--expect" -> expect.add(value);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            var command = i < args.length ? List.of(args).subList(i + 1, args.length) : List.<String>of();
            if (port == 0 || user == null || password == null || expect.isEmpty() || command.isEmpty()) {
                throw new IllegalArgumentException(
                        "Needs --port, --user, --password, at least one --expect and the app command after --");
            }
            return new Options(port, log, dir, env, user, password, expect, command);
        }
    }
}
