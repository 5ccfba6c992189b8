package org.alliance.web.lti;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.alliance.web.lti.LaunchFailure.Reason;
import org.alliance.web.lti.LoginStore.Login;
import org.alliance.web.navigation.Links;
import org.alliance.web.security.LmsSignIn;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tool's LTI endpoints (plain HTTP, outside Vaadin): the OIDC login initiation the platform starts, the launch
 * the platform's form post ends in, and the tool's public key set. A refused launch goes to a page that says why
 * ({@code lti.refused.*}) and leaves a line in the security log.
 */
@RestController
class LtiEndpoints {
    static final String LOGIN = "/lti/login";
    static final String LAUNCH = "/lti/launch";
    static final String JWKS = "/lti/jwks";
    static final Duration LOGIN_LIFETIME = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger("org.alliance.security");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PlatformStore platforms;
    private final LoginStore logins;
    private final LaunchValidator validator;
    private final LaunchHandler handler;
    private final DeepLinkRequests deepLinks;
    private final LmsSignIn signIn;
    private final ToolKeys keys;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LtiEndpoints(
            PlatformStore platforms,
            LoginStore logins,
            LaunchValidator validator,
            LaunchHandler handler,
            DeepLinkRequests deepLinks,
            LmsSignIn signIn,
            ToolKeys keys,
            TransactionTemplate transaction,
            Clock clock) {
        this.platforms = platforms;
        this.logins = logins;
        this.validator = validator;
        this.handler = handler;
        this.deepLinks = deepLinks;
        this.signIn = signIn;
        this.keys = keys;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Third-party login initiation (LTI Core 1.3, 5.1.1): answered with the OIDC authentication request. */
    @RequestMapping(
            path = LOGIN,
            method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<Void> login(
            @RequestParam(name = "iss", required = false) @Nullable String issuer,
            @RequestParam(name = "login_hint", required = false) @Nullable String loginHint,
            @RequestParam(name = "client_id", required = false) @Nullable String clientId,
            @RequestParam(name = "lti_message_hint", required = false) @Nullable String messageHint,
            HttpServletRequest request) {
        try {
            if (issuer == null || loginHint == null) {
                throw new LaunchFailure(Reason.BAD_TOKEN, "login without iss or login_hint");
            }
            var candidates = platforms.byIssuer(issuer).stream()
                    .filter(p -> clientId == null || p.clientId().equals(clientId))
                    .toList();
            if (candidates.size() != 1) {
                throw new LaunchFailure(Reason.UNKNOWN_PLATFORM, "issuer " + issuer + " client " + clientId);
            }
            var platform = candidates.getFirst();
            var login = new Login(
                    random(), random(), platform.requireId(), clock.instant().plus(LOGIN_LIFETIME));
            transaction.executeWithoutResult(s -> logins.save(login));
            var auth = UriComponentsBuilder.fromUriString(platform.authUrl())
                    .queryParam("scope", "openid")
                    .queryParam("response_type", "id_token")
                    .queryParam("response_mode", "form_post")
                    .queryParam("prompt", "none")
                    .queryParam("client_id", platform.clientId())
                    .queryParam("redirect_uri", base(request) + LAUNCH)
                    .queryParam("login_hint", loginHint)
                    .queryParam("state", login.state())
                    .queryParam("nonce", login.nonce());
            if (messageHint != null) {
                auth.queryParam("lti_message_hint", messageHint);
            }
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(auth.encode().build().toUri())
                    .build();
        } catch (LaunchFailure e) {
            return refused(e, request);
        }
    }

    /** The launch: the platform's form post of the id_token and our state. */
    @RequestMapping(path = LAUNCH, method = RequestMethod.POST)
    ResponseEntity<Void> launch(
            @RequestParam(name = "id_token", required = false) @Nullable String idToken,
            @RequestParam(name = "state", required = false) @Nullable String state,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            if (idToken == null || state == null) {
                throw new LaunchFailure(Reason.BAD_TOKEN, "launch without id_token or state");
            }
            var landing = transaction.execute(s -> {
                var launch = validator.validate(idToken, state);
                if (launch.deepLinking()) {
                    String username = handler.deepLinkingAccount(launch);
                    return new Landed(username, deepLinks.begin(launch), launch);
                }
                var target = handler.resourceLink(launch);
                return new Landed(target.username(), "/" + target.link().location(), launch);
            });
            if (landing == null || !signIn.signIn(landing.username(), request, response)) {
                throw new LaunchFailure(Reason.NO_USER, "account disabled");
            }
            if (landing.launch().platform().iframe() && request.isSecure()) {
                CrossSiteSession.reissue(request, response);
            }
            if (landing.launch().deepLinking()) {
                deepLinks.remember(request, landing.location(), landing.launch());
            }
            log.info(
                    "LTI launch accepted: platform {} user {} message {}",
                    landing.launch().platform().issuer(),
                    landing.username(),
                    landing.launch().messageType());
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create(
                            landing.launch().deepLinking()
                                    ? "/"
                                            + Links.ltiDeepLink(landing.location())
                                                    .location()
                                    : landing.location()))
                    .build();
        } catch (LaunchFailure e) {
            return refused(e, request);
        }
    }

    private record Landed(String username, String location, Launch launch) {}

    /** The tool's public keys, which platforms use to check its Deep Linking responses and service tokens. */
    @GetMapping(path = JWKS, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "max-age=3600")
                .body(keys.publicSet());
    }

    private ResponseEntity<Void> refused(LaunchFailure e, HttpServletRequest request) {
        log.warn(
                "LTI launch refused ({}) from {}: {}",
                e.reason().code(),
                request.getRemoteAddr(),
                e.getMessage().replaceAll("\\p{Cntrl}", "?"));
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/" + Links.ltiRefused().location() + "?reason="
                        + e.reason().code()))
                .build();
    }

    static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
