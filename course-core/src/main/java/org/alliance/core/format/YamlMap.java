package org.alliance.core.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.alliance.core.validation.Location;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.SourceMap;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping being read into the model. Each getter records where its value was, reports
 * missing or mistyped values and returns a default instead of throwing. The keys asked for are the
 * allowed keys: {@link #finish()} reports every other key as unknown, with a "did you mean".
 */
final class YamlMap {

    /** Blank feedback is the validator's {@code empty-feedback}, which says what feedback is for. */
    private static final Set<String> FEEDBACK_KEYS = Set.of("feedback", "true", "false", "rationale", "feedback_wrong");

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final FileContext ctx;
    private final String path;
    private final Location location;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> asked = new HashSet<>();
    private final boolean flow;

    private YamlMap(FileContext ctx, String path, MappingNode node) {
        this.ctx = ctx;
        this.path = path;
        this.location = ctx.at(node);
        this.flow = node.getFlowStyle() == FlowStyle.FLOW;
        ctx.sources().put(path, location);
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                ctx.report(
                        ProblemCode.WRONG_TYPE,
                        ctx.at(keyNode),
                        path,
                        "field",
                        "key",
                        "expected",
                        "text",
                        "found",
                        Yaml.describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            if (entries.containsKey(key)) {
                ctx.report(ProblemCode.DUPLICATE_KEY, ctx.at(keyNode), join(key), "key", key);
                continue;
            }
            entries.put(key, tuple);
        }
    }

    /** The node as a mapping, or a wrong-type problem. */
    static Optional<YamlMap> of(FileContext ctx, String path, String field, Node node) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(ctx, path, mapping));
        }
        ctx.report(
                ProblemCode.WRONG_TYPE,
                ctx.at(node),
                path,
                "field",
                field,
                "expected",
                "a mapping",
                "found",
                Yaml.describe(node));
        return Optional.empty();
    }

    String path() {
        return path;
    }

    Location location() {
        return location;
    }

    FileContext context() {
        return ctx;
    }

    String join(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        asked.add(key);
        Node value = value(key);
        return value != null && !Yaml.isNull(value);
    }

    Location locationOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? location : ctx.at(tuple.getValueNode());
    }

    /** The raw value, for fields with more than one accepted shape; records its location. */
    Optional<Node> node(String key) {
        asked.add(key);
        Node value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        if (Yaml.isNull(value)) {
            // Written without a value: absent to the model, but a problem about it belongs on this line.
            ctx.sources()
                    .put(
                            join(key) + SourceMap.BLANK_KEY,
                            ctx.at(entries.get(key).getKeyNode()));
            return Optional.empty();
        }
        ctx.sources().put(join(key), ctx.at(value));
        return Optional.of(value);
    }

    /** Required text: missing and blank are both reported, at the key. */
    String text(String key) {
        String text = optText(key).orElseGet(() -> {
            missing(key);
            return "";
        });
        if (text.isBlank()
                && !FEEDBACK_KEYS.contains(key)
                && has(key)
                && node(key).filter(n -> n instanceof ScalarNode).isPresent()) {
            ctx.report(ProblemCode.EMPTY_TEXT, locationOf(key), join(key), "field", key);
        }
        return text;
    }

    String textOr(String key, String fallback) {
        return optText(key).orElse(fallback);
    }

    Optional<String> optText(String key) {
        return node(key).flatMap(n -> scalarText(join(key), key, n));
    }

    /** A scalar as text: numbers and booleans are accepted as their written form. */
    Optional<String> scalarText(String valuePath, String field, Node n) {
        if (!(n instanceof ScalarNode scalar)) {
            wrongType(n, field, "text");
            return Optional.empty();
        }
        String raw = scalar.getValue();
        boolean block = scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED;
        Location at = ctx.at(n);
        Location textStart = block ? at.down(1 + Text.leadingBlankLines(raw)) : at;
        ctx.sources().put(valuePath + "#text", textStart);
        return Optional.of(Text.normalise(raw));
    }

    /** The {@code id} field, checked against the id pattern. */
    String id() {
        String id = text("id");
        checkId(id, join("id"), locationOf("id"));
        return id;
    }

    void checkId(String id, String idPath, Location at) {
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            ctx.report(ProblemCode.INVALID_ID, at, idPath, "id", id);
        }
    }

    int integer(String key, int fallback) {
        return optInteger(key).orElse(fallback);
    }

    int requiredInteger(String key) {
        Optional<Integer> value = optInteger(key);
        if (value.isEmpty() && !has(key)) {
            missing(key);
        }
        return value.orElse(0);
    }

    Optional<Integer> optInteger(String key) {
        return node(key)
                .flatMap(n -> Yaml.integer(n).or(() -> {
                    wrongType(n, key, "a whole number");
                    return Optional.empty();
                }));
    }

    double number(String key, double fallback) {
        return optNumber(key).orElse(fallback);
    }

    Optional<Double> optNumber(String key) {
        return node(key)
                .flatMap(n -> Yaml.number(n).or(() -> {
                    wrongType(n, key, "a number");
                    return Optional.empty();
                }));
    }

    boolean bool(String key, boolean fallback) {
        return node(key)
                .flatMap(n -> Yaml.bool(n).or(() -> {
                    wrongType(n, key, "true or false");
                    return Optional.empty();
                }))
                .orElse(fallback);
    }

    /** An enum value written in lowercase snake case. */
    <E extends Enum<E>> E choice(String key, E fallback) {
        return optChoice(key, fallback.getDeclaringClass()).orElse(fallback);
    }

    <E extends Enum<E>> Optional<E> optChoice(String key, Class<E> type) {
        return optText(key).flatMap(value -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                    return Optional.of(constant);
                }
            }
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name().toLowerCase(Locale.ROOT));
            }
            ctx.report(
                    ProblemCode.INVALID_VALUE,
                    locationOf(key),
                    join(key),
                    "value",
                    value,
                    "field",
                    key,
                    "allowed",
                    String.join(", ", allowed),
                    "suggestion",
                    Spelling.closest(value, allowed).orElse(""));
            return Optional.empty();
        });
    }

    /** A list of scalars (ids, usually); element i is located at {@code key[i]}. */
    List<String> strings(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            wrongType(value.get(), key, "a list");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        int i = 0;
        for (Node element : sequence.getValue()) {
            String elementPath = join(key) + "[" + i + "]";
            ctx.sources().put(elementPath, ctx.at(element));
            if (Yaml.isNull(element)) {
                wrongType(element, key, "a list of text entries");
            } else {
                scalarText(elementPath, key, element).ifPresent(result::add);
            }
            i++;
        }
        return result;
    }

    Optional<YamlMap> map(String key) {
        return node(key).flatMap(n -> of(ctx, join(key), key, n));
    }

    /**
     * A list of mappings with ids; element paths are {@code key[id]}. Duplicate ids within the list
     * are reported here, where both places are known.
     */
    List<YamlMap> maps(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode sequence)) {
            wrongType(value.get(), key, "a list");
            return List.of();
        }
        List<YamlMap> result = new ArrayList<>();
        Map<String, Location> seen = new HashMap<>();
        int i = 0;
        for (Node element : sequence.getValue()) {
            String id = Yaml.idOf(element).orElse("#" + i);
            String elementPath = join(key) + "[" + id + "]";
            Location at = ctx.at(element);
            Location other = seen.putIfAbsent(id, at);
            if (other != null) {
                ctx.report(
                        ProblemCode.DUPLICATE_ID,
                        at,
                        elementPath,
                        "id",
                        id,
                        "other",
                        other.toString(),
                        "kind",
                        "entry of '" + key + "'");
                elementPath = join(key) + "[" + id + "#" + i + "]";
            }
            of(ctx, elementPath, key, element).ifPresent(result::add);
            i++;
        }
        return result;
    }

    /** Every entry of a mapping whose keys are data (ratings, anchors); all keys count as asked. */
    Map<String, Node> entries() {
        Map<String, Node> result = new LinkedHashMap<>();
        entries.forEach((key, tuple) -> {
            asked.add(key);
            result.put(key, tuple.getValueNode());
            ctx.sources().put(join(key), ctx.at(tuple.getValueNode()));
        });
        return result;
    }

    /** Reports every key nobody asked for. */
    void finish() {
        for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
            String key = entry.getKey();
            if (!asked.contains(key)
                    && (flow || key.contains(" "))
                    && Yaml.isNull(entry.getValue().getValueNode())) {
                ctx.report(ProblemCode.UNQUOTED_COMMA, ctx.at(entry.getValue().getKeyNode()), join(key), "key", key);
            } else if (!asked.contains(key)) {
                Set<String> allowed = new TreeSet<>(asked);
                ctx.report(
                        ProblemCode.UNKNOWN_KEY,
                        ctx.at(entry.getValue().getKeyNode()),
                        join(key),
                        "key",
                        key,
                        "allowed",
                        String.join(", ", allowed),
                        "suggestion",
                        Spelling.closest(key, allowed).orElse(""));
            }
        }
    }

    /** Reports a required field as missing: at its key when it is written without a value, else at the mapping. */
    void missing(String key) {
        NodeTuple tuple = entries.get(key);
        Location at = tuple == null
                ? location
                : Yaml.isNull(tuple.getValueNode()) ? ctx.at(tuple.getKeyNode()) : ctx.at(tuple.getValueNode());
        ctx.report(ProblemCode.MISSING_FIELD, at, join(key), "field", key);
    }

    void wrongType(Node n, String field, String expected) {
        ctx.report(
                ProblemCode.WRONG_TYPE,
                ctx.at(n),
                join(field),
                "field",
                field,
                "expected",
                expected,
                "found",
                Yaml.describe(n));
    }

    private @Nullable Node value(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? null : tuple.getValueNode();
    }
}
