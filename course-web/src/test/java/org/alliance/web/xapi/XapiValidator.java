package org.alliance.web.xapi;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Test fixture: the xAPI 1.0.3 statement rules (Data, section 2.4) that Alliance's statements touch, checked
 * property by property, with the error messages a test prints. Our own reading of the specification; the npm
 * validator in {@code tools/xapi-validation} is the independent one.
 */
final class XapiValidator {
    private static final Pattern UUID =
            Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");
    private static final Pattern VERSION = Pattern.compile("^1\\.0(\\.\\d+)?$");
    private static final Pattern ISO_DURATION = Pattern.compile(
            "^P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$");
    private static final Set<String> TOP = Set.of(
            "id",
            "actor",
            "verb",
            "object",
            "result",
            "context",
            "timestamp",
            "stored",
            "authority",
            "version",
            "attachments");
    private static final Set<String> INTERACTION_TYPES = Set.of(
            "true-false",
            "choice",
            "fill-in",
            "long-fill-in",
            "matching",
            "performance",
            "sequencing",
            "likert",
            "numeric",
            "other");
    private static final Set<String> IFIS = Set.of("mbox", "mbox_sha1sum", "openid", "account");
    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

    private XapiValidator() {}

    /** Every rule broken by every statement, and the voiding rules across them; empty when all are valid. */
    static List<String> check(List<JsonNode> statements) {
        List<String> errors = new ArrayList<>();
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode s : statements) {
            byId.put(s.path("id").asString(""), s);
        }
        for (JsonNode s : statements) {
            String id = s.path("id").asString("?");
            for (String e : check(s)) {
                errors.add(id + ": " + e);
            }
            if (VOIDED.equals(s.path("verb").path("id").asString(""))) {
                JsonNode target = byId.get(s.path("object").path("id").asString(""));
                if (target == null) {
                    errors.add(id + ": voids a statement not among those checked");
                } else if (VOIDED.equals(target.path("verb").path("id").asString(""))) {
                    errors.add(id + ": voids a voiding statement, which cannot be voided");
                }
            }
        }
        return errors;
    }

    /** The rules one statement breaks. */
    static List<String> check(JsonNode s) {
        List<String> errors = new ArrayList<>();
        if (!s.isObject()) {
            return List.of("not a JSON object");
        }
        s.propertyNames().forEach(name -> {
            if (!TOP.contains(name)) {
                errors.add("unknown property " + name);
            }
        });
        uuid(s.get("id"), "id", errors);
        actor(s.get("actor"), errors);
        verb(s.get("verb"), errors);
        boolean voiding = VOIDED.equals(s.path("verb").path("id").asString(""));
        object(s.get("object"), voiding, errors);
        if (s.has("result")) {
            result(s.get("result"), errors);
        }
        if (s.has("context")) {
            context(s.get("context"), s.path("object").path("objectType").asString("Activity"), errors);
        }
        timestamp(s.get("timestamp"), "timestamp", errors);
        if (!s.has("version") || !VERSION.matcher(s.get("version").asString("")).matches()) {
            errors.add("version missing or not 1.0.x");
        }
        return errors;
    }

    private static void actor(JsonNode actor, List<String> errors) {
        if (actor == null || !actor.isObject()) {
            errors.add("actor missing");
            return;
        }
        if (actor.has("objectType") && !"Agent".equals(actor.get("objectType").asString(""))) {
            errors.add("actor.objectType is not Agent");
        }
        long ifis = IFIS.stream().filter(actor::has).count();
        if (ifis != 1) {
            errors.add("actor has " + ifis + " inverse functional identifiers, not exactly one");
        }
        if (actor.has("mbox") || actor.has("mbox_sha1sum")) {
            errors.add("actor carries an e-mail address");
        }
        JsonNode account = actor.get("account");
        if (account == null) {
            errors.add("actor.account missing");
            return;
        }
        iri(account.get("homePage"), "actor.account.homePage", errors);
        if (account.path("name").asString("").isBlank()) {
            errors.add("actor.account.name missing");
        }
    }

    private static void verb(JsonNode verb, List<String> errors) {
        if (verb == null || !verb.isObject()) {
            errors.add("verb missing");
            return;
        }
        iri(verb.get("id"), "verb.id", errors);
        if (verb.has("display")) {
            languageMap(verb.get("display"), "verb.display", errors);
        }
    }

    private static void object(JsonNode object, boolean voiding, List<String> errors) {
        if (object == null || !object.isObject()) {
            errors.add("object missing");
            return;
        }
        String type = object.path("objectType").asString("Activity");
        if (voiding && !type.equals("StatementRef")) {
            errors.add("a voiding statement's object is not a StatementRef");
        }
        switch (type) {
            case "StatementRef" -> uuid(object.get("id"), "object.id", errors);
            case "Activity" -> activity(object, "object", errors);
            default -> errors.add("object.objectType " + type + " is not one Alliance sends");
        }
    }

    private static void activity(JsonNode activity, String where, List<String> errors) {
        iri(activity.get("id"), where + ".id", errors);
        JsonNode definition = activity.get("definition");
        if (definition == null) {
            return;
        }
        if (definition.has("name")) {
            languageMap(definition.get("name"), where + ".definition.name", errors);
        }
        if (definition.has("type")) {
            iri(definition.get("type"), where + ".definition.type", errors);
        }
        if (definition.has("interactionType")
                && !INTERACTION_TYPES.contains(definition.get("interactionType").asString(""))) {
            errors.add(where + ".definition.interactionType is not an xAPI interaction type");
        }
    }

    private static void result(JsonNode result, List<String> errors) {
        JsonNode score = result.get("score");
        if (score != null) {
            if (score.has("scaled")) {
                double scaled = score.get("scaled").asDouble();
                if (!score.get("scaled").isNumber() || scaled < -1 || scaled > 1) {
                    errors.add("result.score.scaled outside -1..1");
                }
            }
            double min = score.has("min") ? score.get("min").asDouble() : Double.NEGATIVE_INFINITY;
            double max = score.has("max") ? score.get("max").asDouble() : Double.POSITIVE_INFINITY;
            if (min >= max) {
                errors.add("result.score.min not below max");
            }
            if (score.has("raw")
                    && (score.get("raw").asDouble() < min || score.get("raw").asDouble() > max)) {
                errors.add("result.score.raw outside min..max");
            }
        }
        for (String flag : List.of("success", "completion")) {
            if (result.has(flag) && !result.get(flag).isBoolean()) {
                errors.add("result." + flag + " is not a boolean");
            }
        }
        if (result.has("response") && !result.get("response").isString()) {
            errors.add("result.response is not a string");
        }
        if (result.has("duration")
                && !ISO_DURATION.matcher(result.get("duration").asString("")).matches()) {
            errors.add("result.duration is not an ISO 8601 duration");
        }
        extensions(result.get("extensions"), "result.extensions", errors);
    }

    private static void context(JsonNode context, String objectType, List<String> errors) {
        if (context.has("registration")) {
            uuid(context.get("registration"), "context.registration", errors);
        }
        if (!objectType.equals("Activity") && (context.has("platform") || context.has("revision"))) {
            errors.add("context.platform or revision on a statement whose object is not an activity");
        }
        if (context.has("language")
                && !LANGUAGE.matcher(context.get("language").asString("")).matches()) {
            errors.add("context.language is not an RFC 5646 tag");
        }
        JsonNode activities = context.get("contextActivities");
        if (activities != null) {
            activities.propertyNames().forEach(key -> {
                if (!Set.of("parent", "grouping", "category", "other").contains(key)) {
                    errors.add("context.contextActivities." + key + " is not a context activity type");
                }
                JsonNode list = activities.get(key);
                if (list.isArray()) {
                    list.forEach(a -> activity(a, "context.contextActivities." + key, errors));
                } else if (list.isObject()) {
                    activity(list, "context.contextActivities." + key, errors);
                }
            });
        }
        extensions(context.get("extensions"), "context.extensions", errors);
    }

    private static void extensions(JsonNode extensions, String where, List<String> errors) {
        if (extensions != null) {
            extensions.propertyNames().forEach(key -> iriText(key, where + " key " + key, errors));
        }
    }

    private static void languageMap(JsonNode map, String where, List<String> errors) {
        if (!map.isObject() || map.isEmpty()) {
            errors.add(where + " is not a language map");
            return;
        }
        map.propertyNames().forEach(tag -> {
            if (!LANGUAGE.matcher(tag).matches()) {
                errors.add(where + " has a key that is not an RFC 5646 tag: " + tag);
            }
        });
    }

    private static void uuid(JsonNode value, String where, List<String> errors) {
        if (value == null
                || !value.isString()
                || !UUID.matcher(value.asString()).matches()) {
            errors.add(where + " is not a UUID");
        }
    }

    private static void iri(JsonNode value, String where, List<String> errors) {
        if (value == null || !value.isString()) {
            errors.add(where + " missing");
            return;
        }
        iriText(value.asString(), where, errors);
    }

    private static void iriText(String text, String where, List<String> errors) {
        try {
            URI uri = new URI(text);
            if (!uri.isAbsolute() || uri.getScheme().isBlank()) {
                errors.add(where + " is not an absolute IRI: " + text);
            }
        } catch (Exception e) {
            errors.add(where + " is not an IRI: " + text);
        }
    }

    private static void timestamp(JsonNode value, String where, List<String> errors) {
        if (value == null) {
            return;
        }
        try {
            OffsetDateTime.parse(value.asString(""));
        } catch (DateTimeParseException e) {
            errors.add(where + " is not an ISO 8601 date-time with an offset");
        }
    }
}
