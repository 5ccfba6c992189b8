package org.alliance.web.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The test validator itself: a valid statement passes, and each broken rule is reported. */
class XapiValidatorTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VALID = """
            {"id": "5b1e7a52-3c6f-4f0e-9a55-1f2f6f1d2a10",
             "actor": {"objectType": "Agent", "account": {"homePage": "https://alliance.example", "name": "x1"}},
             "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}},
             "object": {"objectType": "Activity", "id": "https://alliance.example/xapi/activities/course/c",
                        "definition": {"name": {"en": "C"}, "type": "http://adlnet.gov/expapi/activities/course",
                                       "interactionType": "choice"}},
             "result": {"score": {"scaled": 0.5, "raw": 0.5, "min": 0, "max": 1}, "duration": "PT1M30S",
                        "extensions": {"https://alliance.example/xapi/extensions/try": 1}},
             "context": {"registration": "0b0f1f63-6d2b-3b5c-8a55-1f2f6f1d2a10", "platform": "Alliance",
                         "language": "en", "contextActivities": {"parent": [{"id": "https://alliance.example/c"}]}},
             "timestamp": "2026-12-07T03:00:00.123Z", "version": "1.0.3"}
            """;

    private static ObjectNode valid() {
        return (ObjectNode) JSON.readTree(VALID);
    }

    private static List<String> errors(JsonNode statement) {
        return XapiValidator.check(statement);
    }

    @Test
    void a_valid_statement_passes() {
        assertThat(errors(valid())).isEmpty();
    }

    @Test
    void each_broken_rule_is_reported() {
        var s = valid();
        s.put("id", "not-a-uuid");
        assertThat(errors(s)).anyMatch(e -> e.startsWith("id is not a UUID"));

        s = valid();
        ((ObjectNode) s.get("actor")).put("mbox", "mailto:someone@example.org");
        assertThat(errors(s)).contains("actor carries an e-mail address").anyMatch(e -> e.contains("not exactly one"));

        s = valid();
        ((ObjectNode) s.get("actor").get("account")).put("homePage", "alliance.example");
        assertThat(errors(s)).anyMatch(e -> e.startsWith("actor.account.homePage is not an absolute IRI"));

        s = valid();
        ((ObjectNode) s.get("verb")).put("id", "completed");
        assertThat(errors(s)).anyMatch(e -> e.startsWith("verb.id is not an absolute IRI"));

        s = valid();
        ((ObjectNode) s.get("result").get("score")).put("scaled", 1.5);
        assertThat(errors(s)).contains("result.score.scaled outside -1..1");

        s = valid();
        ((ObjectNode) s.get("result").get("score")).put("raw", 2);
        assertThat(errors(s)).contains("result.score.raw outside min..max");

        s = valid();
        ((ObjectNode) s.get("result")).put("duration", "90 seconds");
        assertThat(errors(s)).contains("result.duration is not an ISO 8601 duration");

        s = valid();
        s.put("timestamp", "7 December 2026");
        assertThat(errors(s)).contains("timestamp is not an ISO 8601 date-time with an offset");

        s = valid();
        ((ObjectNode) s.get("context")).put("registration", "r1");
        assertThat(errors(s)).contains("context.registration is not a UUID");

        s = valid();
        ((ObjectNode) s.get("object").get("definition")).put("interactionType", "essay");
        assertThat(errors(s)).contains("object.definition.interactionType is not an xAPI interaction type");

        s = valid();
        s.put("score", 1);
        assertThat(errors(s)).contains("unknown property score");

        s = valid();
        s.remove("version");
        assertThat(errors(s)).contains("version missing or not 1.0.x");
    }

    @Test
    void voiding_needs_a_statement_ref_to_a_statement_that_is_not_itself_voiding() {
        var voided = valid();
        var voiding = valid();
        voiding.put("id", "7c1e7a52-3c6f-4f0e-9a55-1f2f6f1d2a10");
        voiding.remove("result");
        voiding.remove("context");
        ((ObjectNode) voiding.get("verb")).put("id", XapiValidator.VOIDED);
        assertThat(errors(voiding)).contains("a voiding statement's object is not a StatementRef");

        voiding.set(
                "object",
                JSON.readTree("{\"objectType\": \"StatementRef\", \"id\": \"5b1e7a52-3c6f-4f0e-9a55-1f2f6f1d2a10\"}"));
        assertThat(XapiValidator.check(List.of(voided, voiding))).isEmpty();
        assertThat(XapiValidator.check(List.of(voiding))).anyMatch(e -> e.endsWith("not among those checked"));

        var again = voiding.deepCopy();
        again.put("id", "8d1e7a52-3c6f-4f0e-9a55-1f2f6f1d2a10");
        again.set(
                "object",
                JSON.readTree("{\"objectType\": \"StatementRef\", \"id\": \"7c1e7a52-3c6f-4f0e-9a55-1f2f6f1d2a10\"}"));
        assertThat(XapiValidator.check(List.of(voided, voiding, again)))
                .anyMatch(e -> e.endsWith("voids a voiding statement, which cannot be voided"));
    }
}
