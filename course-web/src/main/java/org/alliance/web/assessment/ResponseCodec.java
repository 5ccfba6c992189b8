package org.alliance.web.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.alliance.core.scoring.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Stores a response as a small JSON object with a type tag; reads it back exactly. */
final class ResponseCodec {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResponseCodec() {}

    static String encode(Response response) {
        ObjectNode node = JSON.createObjectNode();
        switch (response) {
            case Response.Unanswered u -> node.put("type", "none");
            case Response.SingleChoiceAnswer a -> node.put("type", "single").put("option", a.optionId());
            case Response.BestResponseAnswer a -> node.put("type", "best").put("option", a.optionId());
            case Response.MultipleResponseAnswer a -> {
                node.put("type", "multiple");
                var options = node.putArray("options");
                a.optionIds().stream().sorted().forEach(options::add);
            }
            case Response.TrueFalseAnswer a -> node.put("type", "truefalse").put("value", a.value());
            case Response.MatchingAnswer a -> {
                node.put("type", "matching");
                var answers = node.putObject("answers");
                a.answers().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .forEach(e -> answers.put(e.getKey(), e.getValue()));
            }
            case Response.OrderingAnswer a -> {
                node.put("type", "ordering");
                var steps = node.putArray("steps");
                a.stepIds().forEach(steps::add);
            }
            case Response.ShortTextAnswer a -> node.put("type", "text").put("text", a.text());
        }
        return JSON.writeValueAsString(node);
    }

    /**
     * Reads a stored answer back; a value this codec did not write (truncated, hand-edited, a type it does not
     * know) is refused with {@link UnreadableResponse}, never read as a blank answer that would score 0.
     */
    static Response decode(String json) {
        if (json == null) {
            throw new UnreadableResponse("no value", "null");
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new UnreadableResponse("not JSON (" + e.getOriginalMessage() + ")", json);
        }
        if (node == null || !node.isObject()) {
            throw new UnreadableResponse("not a JSON object", json);
        }
        String type = text(node, "type", json);
        return switch (type) {
            case "none" -> new Response.Unanswered();
            case "single" -> new Response.SingleChoiceAnswer(text(node, "option", json));
            case "best" -> new Response.BestResponseAnswer(text(node, "option", json));
            case "multiple" ->
                new Response.MultipleResponseAnswer(
                        new LinkedHashSet<>(texts(field(node, "options", json), "options", json)));
            case "truefalse" -> {
                JsonNode value = field(node, "value", json);
                if (!value.isBoolean()) {
                    throw new UnreadableResponse("\"value\" is not true or false", json);
                }
                yield new Response.TrueFalseAnswer(value.booleanValue());
            }
            case "matching" -> {
                JsonNode answers = field(node, "answers", json);
                if (!answers.isObject()) {
                    throw new UnreadableResponse("\"answers\" is not an object", json);
                }
                var pairs = new LinkedHashMap<String, String>();
                answers.properties().forEach(e -> pairs.put(e.getKey(), text(answers, e.getKey(), json)));
                yield new Response.MatchingAnswer(pairs);
            }
            case "ordering" -> new Response.OrderingAnswer(texts(field(node, "steps", json), "steps", json));
            case "text" -> new Response.ShortTextAnswer(text(node, "text", json));
            default -> throw new UnreadableResponse("unknown type \"" + type + "\"", json);
        };
    }

    private static JsonNode field(JsonNode node, String name, String json) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new UnreadableResponse("\"" + name + "\" is missing", json);
        }
        return value;
    }

    private static String text(JsonNode node, String name, String json) {
        JsonNode value = field(node, name, json);
        if (!value.isString()) {
            throw new UnreadableResponse("\"" + name + "\" is not a string", json);
        }
        return value.stringValue();
    }

    private static List<String> texts(JsonNode array, String name, String json) {
        if (!array.isArray()) {
            throw new UnreadableResponse("\"" + name + "\" is not a list", json);
        }
        var texts = new ArrayList<String>();
        for (JsonNode element : array) {
            if (!element.isString()) {
                throw new UnreadableResponse("\"" + name + "\" holds something other than a string", json);
            }
            texts.add(element.stringValue());
        }
        return texts;
    }

    /** A stored answer that is not one this codec wrote: says what is wrong and shows the stored value. */
    static final class UnreadableResponse extends IllegalStateException {
        UnreadableResponse(String why, String stored) {
            super("Stored answer cannot be read: " + why + ": " + (stored.isEmpty() ? "(empty)" : stored));
        }
    }
}
