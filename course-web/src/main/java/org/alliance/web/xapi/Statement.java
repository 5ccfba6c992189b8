package org.alliance.web.xapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One xAPI 1.0.3 statement as we send it: the properties of section 2.4 that Alliance fills, each absent
 * property left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "actor", "verb", "object", "result", "context", "timestamp", "version"})
public record Statement(
        String id,
        Agent actor,
        Verb verb,
        StatementObject object,
        @Nullable Result result,
        @Nullable Context context,
        String timestamp,
        String version) {

    public static final String VERSION = "1.0.3";

    /** An agent identified by an account only (no mbox, no name), so the LRS learns no e-mail or username. */
    @JsonPropertyOrder({"objectType", "account"})
    public record Agent(String objectType, Account account) {
        public static Agent of(String homePage, String name) {
            return new Agent("Agent", new Account(homePage, name));
        }
    }

    public record Account(String homePage, String name) {}

    public record Verb(String id, Map<String, String> display) {}

    /** What a statement is about: an activity, or (for voiding) another statement. */
    public sealed interface StatementObject permits Activity, StatementRef {
        String objectType();

        String id();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"objectType", "id", "definition"})
    public record Activity(
            String objectType, String id, @Nullable Definition definition) implements StatementObject {
        public static Activity of(String id, Definition definition) {
            return new Activity("Activity", id, definition);
        }
    }

    @JsonPropertyOrder({"objectType", "id"})
    public record StatementRef(String objectType, String id) implements StatementObject {
        public static StatementRef to(String statementId) {
            return new StatementRef("StatementRef", statementId);
        }
    }

    /** An activity definition; {@code interactionType} only for quiz items. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Definition(
            Map<String, String> name, String type, @Nullable String interactionType) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(
            @Nullable Score score,
            @Nullable Boolean success,
            @Nullable Boolean completion,
            @Nullable String response,
            @Nullable String duration,
            @Nullable Map<String, Object> extensions) {}

    /** A score: {@code scaled} within -1..1, {@code raw} within {@code min}..{@code max}. */
    public record Score(double scaled, double raw, double min, double max) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Context(
            @Nullable String registration,
            ContextActivities contextActivities,
            String platform,
            String language,
            @Nullable Map<String, Object> extensions) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ContextActivities(List<Activity> parent, List<Activity> grouping) {}
}
