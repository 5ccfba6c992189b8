package org.alliance.web.xapi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.alliance.web.xapi.XapiProperties.Lrs;
import org.springframework.stereotype.Component;

/** Posts a batch of statements to an LRS's statements resource (xAPI 1.0.3, section 7.2). */
@Component
class LrsClient {
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The LRS's answer: its status and (shortened) body; status 0 when it could not be reached. */
    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /**
         * The LRS refused the content itself: trying the same statements again will not help. 401, 403 (our
         * credentials), 408 and 429 (its load) are not the content's fault.
         */
        boolean badContent() {
            return status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 429;
        }
    }

    Answer post(Lrs lrs, String jsonArray) {
        String endpoint = lrs.endpoint() == null ? "" : lrs.endpoint();
        String url = (endpoint.endsWith("/") ? endpoint : endpoint + "/") + "statements";
        String credentials = lrs.username() + ":" + lrs.password();
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Experience-API-Version", Statement.VERSION)
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(jsonArray, StandardCharsets.UTF_8))
                .build();
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = response.body() == null ? "" : response.body();
            return new Answer(response.statusCode(), body.length() > 500 ? body.substring(0, 500) : body);
        } catch (IOException e) {
            return new Answer(0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }
}
