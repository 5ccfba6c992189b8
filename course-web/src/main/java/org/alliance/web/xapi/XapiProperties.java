package org.alliance.web.xapi;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * xAPI settings ({@code alliance.xapi.*}). Statements are always stored; they are sent only when an LRS endpoint,
 * username and password are all set.
 *
 * @param baseUrl the public address of this Alliance: the actors' account home page and the root of every
 *     activity IRI, so it must stay the same for as long as the LRS keeps the statements
 * @param language the language of the content, for the statements' context (RFC 5646)
 * @param batchSize statements per request to the LRS
 * @param maxTries tries of a statement the LRS refuses as bad (a 4xx other than 401/403/408/409/429) before
 *     it is set aside as failing, so it no longer holds the others back
 * @param firstRetry the wait after a failed batch, doubled with each further failure of it
 * @param longestRetry the longest wait between tries
 */
@ConfigurationProperties("alliance.xapi")
public record XapiProperties(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("en") String language,
        @DefaultValue Lrs lrs,
        @DefaultValue("50") int batchSize,
        @DefaultValue("5") int maxTries,
        @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("6h") Duration longestRetry) {

    /** Where statements go; unset (the default), they stay stored here. */
    public record Lrs(
            @Nullable String endpoint,
            @Nullable String username,
            @Nullable String password) {
        public boolean configured() {
            return endpoint != null
                    && !endpoint.isBlank()
                    && username != null
                    && !username.isBlank()
                    && password != null;
        }
    }

    /** The base URL without a trailing slash. */
    public String root() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
