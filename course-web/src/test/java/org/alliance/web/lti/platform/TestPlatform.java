package org.alliance.web.lti.platform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.json.JsonMapper;

/**
 * An LTI 1.3 platform for tests, as an LMS would be: its own RSA key and JWK set, an OIDC authorisation endpoint that
 * answers the tool's login with a signed id_token in an auto-posting form, a token endpoint that checks the tool's
 * {@code private_key_jwt} client assertion against the tool's JWK set, an AGS line item that records scores, a Names
 * and Roles endpoint, and a Deep Linking return that verifies the tool's signed answer. It listens on 127.0.0.1, a
 * different site from the tool's {@code localhost}, so browser launches are cross-site as they are in real life.
 */
public final class TestPlatform implements AutoCloseable {
    public static final String CLIENT_ID = "alliance-test-client";
    public static final String DEPLOYMENT_ID = "deployment-1";

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey strangerKey;
    private final String toolBase;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile LaunchSpec next = LaunchSpec.learner("student-1", "link-1", Map.of());
    private volatile boolean down;
    private final List<Map<String, Object>> scores = new CopyOnWriteArrayList<>();
    private final List<JWTClaimsSet> deepLinkAnswers = new CopyOnWriteArrayList<>();
    private final List<String> tokensIssued = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> members = new CopyOnWriteArrayList<>();

    private TestPlatform(String toolBase) throws IOException, JOSEException {
        this.toolBase = toolBase;
        this.key =
                new RSAKeyGenerator(2048).keyID("platform-" + UUID.randomUUID()).generate();
        this.strangerKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(
                "/jwks", ex -> send(ex, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/auth", this::authorise);
        server.createContext("/token", this::token);
        server.createContext("/lineitems/", this::lineItem);
        server.createContext("/memberships", this::memberships);
        server.createContext("/deep-link-return", this::deepLinkReturn);
        server.createContext("/start", this::start);
        server.createContext("/framed", this::framed);
        server.start();
    }

    /** A platform for the tool at {@code toolBase} (such as {@code http://localhost:8080}). */
    public static TestPlatform start(String toolBase) {
        try {
            return new TestPlatform(toolBase);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return base();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String authUrl() {
        return base() + "/auth";
    }

    public String tokenUrl() {
        return base() + "/token";
    }

    public String jwksUrl() {
        return base() + "/jwks";
    }

    public String lineItemUrl(String resourceLinkId) {
        return base() + "/lineitems/" + resourceLinkId;
    }

    /** Registers this platform in the app under test, as an admin would on the LMS connections page. */
    public void registerIn(org.alliance.web.lti.LtiPlatforms platforms, String name) {
        registerIn(platforms, name, false);
    }

    /** Registers this platform, opening Alliance inside its own page ({@code iframe}) or in a new window. */
    public void registerIn(org.alliance.web.lti.LtiPlatforms platforms, String name, boolean iframe) {
        asAdmin(() -> platforms.save(new org.alliance.web.lti.Platform(
                null,
                name + " " + base(),
                issuer(),
                CLIENT_ID,
                authUrl(),
                tokenUrl(),
                jwksUrl(),
                iframe,
                List.of(DEPLOYMENT_ID))));
    }

    /**
     * Removes this platform's registrations again (made by {@link #registerIn} or on the admin page), as an admin
     * would. The journeys' application contexts share one database, and a registered platform changes every
     * response's policy (form targets, frame ancestors) and the courses' LMS links, so each test leaves none behind.
     */
    public void unregisterFrom(org.alliance.web.lti.LtiPlatforms platforms) {
        asAdmin(() -> platforms.list().stream()
                .filter(p -> p.issuer().equals(issuer()))
                .forEach(p -> platforms.delete(p.id())));
    }

    /** Registrations are the admin's to make: done as one, then signed out again. */
    private static void asAdmin(Runnable action) {
        org.alliance.web.TestUsers.signIn("admin", "ADMIN", "INSTRUCTOR");
        try {
            action.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /** What the next authorisation answers with. */
    public void nextLaunch(LaunchSpec spec) {
        this.next = spec;
    }

    /** While down, the token and score endpoints answer 503, as an LMS under maintenance would. */
    public void down(boolean isDown) {
        this.down = isDown;
    }

    public List<Map<String, Object>> scores() {
        return List.copyOf(scores);
    }

    public List<JWTClaimsSet> deepLinkAnswers() {
        return List.copyOf(deepLinkAnswers);
    }

    public void addMember(String sub, String name, String role) {
        members.add(Map.of("user_id", sub, "name", name, "status", "Active", "roles", List.of(role)));
    }

    /** The address of a page that starts a launch for {@code loginHint}, as an LMS link would. */
    public String startUrl(String loginHint) {
        return base() + "/start?hint=" + loginHint;
    }

    /** The address of an LMS page that shows the tool inside it, in an iframe with the id {@code alliance}. */
    public String framedUrl(String loginHint) {
        return base() + "/framed?hint=" + loginHint;
    }

    /** The login initiation the LMS sends the browser to (LTI Core 5.1.1). */
    public String loginInitiation(String loginHint) {
        return toolBase + "/lti/login?iss=" + enc(issuer()) + "&login_hint=" + enc(loginHint) + "&client_id="
                + enc(CLIENT_ID) + "&lti_deployment_id=" + DEPLOYMENT_ID + "&target_link_uri="
                + enc(toolBase + "/lti/launch");
    }

    /** An LMS page with a link that launches the tool (a new window, in real life). */
    private void start(HttpExchange ex) throws IOException {
        lmsPage(ex, "<p><a id=\"launch\" href=\"" + launchHref(ex) + "\">Open in Alliance</a></p>");
    }

    /** An LMS page that shows the tool inside itself. */
    private void framed(HttpExchange ex) throws IOException {
        lmsPage(
                ex,
                "<iframe id=\"alliance\" title=\"Alliance\" width=\"1200\" height=\"760\" src=\"" + launchHref(ex)
                        + "\"></iframe>");
    }

    private String launchHref(HttpExchange ex) {
        return loginInitiation(query(ex).getOrDefault("hint", "hint")).replace("&", "&amp;");
    }

    private void lmsPage(HttpExchange ex, String body) throws IOException {
        send(
                ex,
                200,
                "text/html",
                "<!doctype html><html lang=\"en\"><head><title>Test LMS</title></head><body><h1>Test LMS</h1>" + body
                        + "</body></html>");
    }

    /** The OIDC authentication request (LTI Core 5.1.2): checked, then answered by an auto-posting form. */
    private void authorise(HttpExchange ex) throws IOException {
        var q = query(ex);
        if (!CLIENT_ID.equals(q.get("client_id"))
                || !(toolBase + "/lti/launch").equals(q.get("redirect_uri"))
                || !"id_token".equals(q.get("response_type"))
                || !"form_post".equals(q.get("response_mode"))
                || q.get("nonce") == null
                || q.get("state") == null) {
            send(ex, 400, "text/plain", "bad authentication request " + q);
            return;
        }
        String idToken = idToken(next, q.get("nonce"));
        String form = "<!doctype html><html lang=\"en\"><head><title>Launching</title></head>"
                + "<body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"" + q.get("redirect_uri")
                + "\"><input type=\"hidden\" name=\"id_token\" value=\"" + idToken + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + q.get("state") + "\">"
                + "<noscript><button>Continue</button></noscript></form></body></html>";
        send(ex, 200, "text/html", form);
    }

    /** A signed id_token for the spec, with the nonce the tool asked for. */
    public String idToken(LaunchSpec spec, String nonce) {
        var claims = LaunchClaims.of(this, spec, nonce, toolBase);
        var signer = spec.fault() == LaunchSpec.Fault.WRONG_KEY ? strangerKey : key;
        try {
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(signer));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** client_credentials with a private_key_jwt assertion, checked against the tool's published keys. */
    private void token(HttpExchange ex) throws IOException {
        if (down) {
            send(ex, 503, "text/plain", "down");
            return;
        }
        var form = form(ex);
        try {
            if (!"client_credentials".equals(form.get("grant_type"))
                    || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
                            .equals(form.get("client_assertion_type"))) {
                throw new BadJOSEException("grant " + form);
            }
            var claims = verifyFromTool(form.get("client_assertion"));
            if (!CLIENT_ID.equals(claims.getSubject()) || !claims.getAudience().contains(tokenUrl())) {
                throw new BadJOSEException("assertion claims " + claims);
            }
            String token = "token-" + UUID.randomUUID();
            tokensIssued.add(token);
            send(
                    ex,
                    200,
                    "application/json",
                    json.writeValueAsString(Map.of(
                            "access_token",
                            token,
                            "token_type",
                            "Bearer",
                            "expires_in",
                            3600,
                            "scope",
                            form.getOrDefault("scope", ""))));
        } catch (BadJOSEException | JOSEException | ParseException | java.net.MalformedURLException e) {
            send(ex, 400, "application/json", "{\"error\":\"invalid_client\"}");
        }
    }

    private void lineItem(HttpExchange ex) throws IOException {
        if (down) {
            send(ex, 503, "text/plain", "down");
            return;
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !tokensIssued.contains(auth.replace("Bearer ", ""))) {
            send(ex, 401, "text/plain", "no token");
            return;
        }
        if (!ex.getRequestURI().getPath().endsWith("/scores")
                || !"application/vnd.ims.lis.v1.score+json"
                        .equals(ex.getRequestHeaders().getFirst("Content-Type"))) {
            send(ex, 400, "text/plain", "not a score");
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> score = json.readValue(ex.getRequestBody().readAllBytes(), LinkedHashMap.class);
        score.put("lineitem", ex.getRequestURI().getPath().replace("/scores", ""));
        scores.add(score);
        send(ex, 200, "application/json", "{}");
    }

    private void memberships(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !tokensIssued.contains(auth.replace("Bearer ", ""))) {
            send(ex, 401, "text/plain", "no token");
            return;
        }
        send(
                ex,
                200,
                "application/vnd.ims.lti-nrps.v2.membershipcontainer+json",
                json.writeValueAsString(
                        Map.of("id", base() + "/memberships", "context", Map.of("id", "ctx-1"), "members", members)));
    }

    private void deepLinkReturn(HttpExchange ex) throws IOException {
        var form = form(ex);
        try {
            var claims = verifyFromTool(form.get("JWT"));
            if (!CLIENT_ID.equals(claims.getIssuer()) || !claims.getAudience().contains(issuer())) {
                throw new BadJOSEException("deep linking answer for someone else");
            }
            deepLinkAnswers.add(claims);
            send(
                    ex,
                    200,
                    "text/html",
                    "<!doctype html><html lang=\"en\"><head><title>Test LMS</title></head>"
                            + "<body><h1 id=\"added\">Activity added to your course</h1></body></html>");
        } catch (BadJOSEException | JOSEException | ParseException | java.net.MalformedURLException e) {
            send(ex, 400, "text/plain", "deep linking answer refused: " + e.getMessage());
        }
    }

    private JWTClaimsSet verifyFromTool(String token)
            throws BadJOSEException, JOSEException, ParseException, java.net.MalformedURLException {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        var keys = JWKSourceBuilder.create(URI.create(toolBase + "/lti/jwks").toURL())
                .build();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        return processor.process(token, null);
    }

    private static Map<String, String> query(HttpExchange ex) {
        return parse(ex.getRequestURI().getRawQuery());
    }

    private static Map<String, String> form(HttpExchange ex) throws IOException {
        return parse(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Map<String, String> parse(String raw) {
        var out = new LinkedHashMap<String, String>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (var out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
