package org.alliance.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * One person's browser: its own cookies (the session), the sign-in form with the page's CSRF token, and pages
 * opened as Vaadin's client opens them. All browsers share one HTTP client; none follows redirects by itself,
 * so a refused sign-in is seen as the browser would see it.
 */
final class Browser {
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    Browser(URI base) {
        this.base = base;
    }

    /** Signs in through the sign-in page's form; false when the app answers with its error page. */
    boolean signIn(String username, String password) throws IOException, InterruptedException {
        String page = get("login").body();
        var token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IOException("no CSRF token on the sign-in page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        var response = send(request("login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        String location = response.headers().firstValue("Location").orElse("");
        return response.statusCode() == 302 && !location.contains("error");
    }

    /** Opens a page as a browser does: the page, Vaadin's init request, then the navigation event. */
    Page open(String route) throws IOException, InterruptedException {
        HttpResponse<String> shell = get(route);
        if (shell.statusCode() != 200) {
            throw new IOException("GET /" + route + " answered " + shell.statusCode());
        }
        var init = get("?v-r=init&location=" + enc(route) + "&query=");
        if (init.statusCode() != 200) {
            throw new IOException("init of /" + route + " answered " + init.statusCode());
        }
        var page = Page.start(this, init.body());
        page.navigate(route);
        return page;
    }

    HttpResponse<String> uidl(int uiId, String json) throws IOException, InterruptedException {
        return send(request("?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** The heartbeat a browser's open page sends every interval, so the server keeps its UI; sent without waiting. */
    CompletableFuture<HttpResponse<String>> heartbeat(int uiId) {
        return HTTP.sendAsync(
                request("?v-r=heartbeat&v-uiId=" + uiId)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        synchronized (cookies) {
            if (!cookies.isEmpty()) {
                var header = new StringBuilder();
                cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ")
                        .append(k)
                        .append('=')
                        .append(v));
                builder.header("Cookie", header.toString());
            }
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                synchronized (cookies) {
                    cookies.put(
                            pair.substring(0, eq).strip(),
                            pair.substring(eq + 1).strip());
                }
            }
        }
        return response;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
