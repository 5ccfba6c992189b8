package org.alliance.web.xapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.alliance.web.xapi.XapiProperties.Lrs;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test fixture: a small Learning Record Store on a free local port. It takes POST {base}/statements with Basic
 * auth and the xAPI version header, keeps each statement once by id (a statement sent again with the same content
 * is accepted and not kept twice, different content is a 409, as the specification says), records every request
 * that reached it, and can be switched down (503), or made to refuse statements whose id it is told (400).
 */
final class TestLrs implements AutoCloseable {
    static final String USER = "lrs-user";
    static final String PASSWORD = "lrs-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final Map<String, JsonNode> kept = new LinkedHashMap<>();
    private final Map<String, Integer> received = new LinkedHashMap<>();
    final List<Integer> answers = new CopyOnWriteArrayList<>();
    private volatile boolean down;
    private volatile Set<String> refused = Set.of();

    TestLrs() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/xapi/statements", this::handle);
        server.start();
    }

    Lrs lrs() {
        return new Lrs("http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/", USER, PASSWORD);
    }

    void down(boolean down) {
        this.down = down;
    }

    /** Statements with these ids are refused as bad content (400), and any batch holding one. */
    void refuse(Set<String> ids) {
        this.refused = Set.copyOf(ids);
    }

    synchronized List<JsonNode> statements() {
        return new ArrayList<>(kept.values());
    }

    /** How many accepted requests carried each statement id. */
    synchronized Map<String, Integer> timesReceived() {
        return new LinkedHashMap<>(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status = answer(exchange);
            answers.add(status);
            exchange.sendResponseHeaders(status, -1);
        }
    }

    private synchronized int answer(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (down) {
            return 503;
        }
        String expected =
                "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return 401;
        }
        if (!"POST".equals(exchange.getRequestMethod())
                || !"1.0.3".equals(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"))) {
            return 400;
        }
        JsonNode batch = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        if (!batch.isArray()) {
            return 400;
        }
        for (JsonNode statement : batch) {
            String id = statement.path("id").asString("");
            if (refused.contains(id)) {
                return 400;
            }
            if (kept.containsKey(id) && !kept.get(id).equals(statement)) {
                return 409;
            }
        }
        for (JsonNode statement : batch) {
            String id = statement.path("id").asString("");
            kept.putIfAbsent(id, statement);
            received.merge(id, 1, Integer::sum);
        }
        return 200;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
