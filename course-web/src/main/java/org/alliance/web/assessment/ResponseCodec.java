package org.alliance.web.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import org.alliance.core.scoring.Response;
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
                a.answers().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
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

    static Response decode(String json) {
        JsonNode node = JSON.readTree(json);
        return switch (node.get("type").asString()) {
            case "single" -> new Response.SingleChoiceAnswer(node.get("option").asString());
            case "best" -> new Response.BestResponseAnswer(node.get("option").asString());
            case "multiple" -> {
                var ids = new LinkedHashSet<String>();
                node.get("options").forEach(n -> ids.add(n.asString()));
                yield new Response.MultipleResponseAnswer(ids);
            }
            case "truefalse" -> new Response.TrueFalseAnswer(node.get("value").asBoolean());
            case "matching" -> {
                var answers = new LinkedHashMap<String, String>();
                node.get("answers").properties().forEach(e -> answers.put(e.getKey(), e.getValue().asString()));
                yield new Response.MatchingAnswer(answers);
            }
            case "ordering" -> {
                var steps = new ArrayList<String>();
                node.get("steps").forEach(n -> steps.add(n.asString()));
                yield new Response.OrderingAnswer(steps);
            }
            case "text" -> new Response.ShortTextAnswer(node.get("text").asString());
            default -> new Response.Unanswered();
        };
    }
}
