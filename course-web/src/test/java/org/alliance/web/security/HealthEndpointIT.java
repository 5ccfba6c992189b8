package org.alliance.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.alliance.web.persistence.AlsoOnPostgres;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A load balancer, signed in as no one, reads the app's health, its liveness and its readiness (which includes
 * the database) over HTTP; every other actuator endpoint stays out of reach. The same context as the browser
 * journeys, so no extra app starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AlsoOnPostgres
class HealthEndpointIT {
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void health_and_its_groups_are_up_for_anyone(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator",
                "/actuator/env",
                "/actuator/beans",
                "/actuator/configprops",
                "/actuator/heapdump",
                "/actuator/threaddump",
                "/actuator/loggers",
                "/actuator/mappings",
                "/actuator/metrics",
                "/actuator/shutdown"
            })
    void no_other_actuator_endpoint_answers_with_its_data(String path) throws Exception {
        HttpResponse<String> response = get(path);

        // Anonymous: sent to sign in or refused; never a 200 with the endpoint's data.
        assertThat(response.statusCode()).isIn(302, 401, 403, 404);
        assertThat(response.body()).doesNotContain("propertySources", "\"beans\"", "\"contexts\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
