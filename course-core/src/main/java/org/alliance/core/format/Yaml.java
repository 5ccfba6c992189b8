package org.alliance.core.format;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.alliance.core.validation.Location;
import org.alliance.core.validation.ProblemCode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Composes YAML into nodes (keeping marks) and reads typed scalars from them. */
final class Yaml {

    private Yaml() {}

    /** The document's root node; a syntax error becomes a problem, never an exception. */
    static Optional<Node> compose(FileContext ctx, String text) {
        try {
            LoadSettings settings = LoadSettings.builder()
                    .setLabel(ctx.file())
                    .setMaxAliasesForCollections(50)
                    .setAllowRecursiveKeys(false)
                    .setSchema(new CoreSchema())
                    .build();
            Optional<Node> root = new Composer(settings, NestingLimit.parsing(settings, text)).getSingleNode();
            if (root.isEmpty()) {
                ctx.report(
                        ProblemCode.WRONG_TYPE,
                        new Location(ctx.file(), 1 + ctx.lineOffset(), 1),
                        "",
                        "field",
                        ctx.file(),
                        "expected",
                        "a mapping",
                        "found",
                        "an empty file");
            }
            return root;
        } catch (NestingLimit.TooDeep e) {
            Location at = e.mark().map(ctx::at).orElse(new Location(ctx.file(), 1 + ctx.lineOffset(), 1));
            ctx.report(
                    ProblemCode.NESTING_TOO_DEEP,
                    at,
                    "",
                    "line",
                    Integer.toString(at.line()),
                    "limit",
                    Integer.toString(NestingLimit.MAX_DEPTH));
        } catch (MarkedYamlEngineException e) {
            // At the end of the file the problem mark says little; where the construct began says more.
            boolean atEnd = e.getProblemMark()
                    .map(m -> m.getIndex() >= text.length() - 1)
                    .orElse(true);
            var mark = atEnd && e.getContextMark().isPresent() ? e.getContextMark() : e.getProblemMark();
            Location at =
                    mark.or(e::getContextMark).map(ctx::at).orElse(new Location(ctx.file(), 1 + ctx.lineOffset(), 1));
            String detail = e.getProblem() == null ? String.valueOf(e.getMessage()) : e.getProblem();
            ctx.report(ProblemCode.YAML_SYNTAX, at, "", "detail", firstLine(detail));
        } catch (RuntimeException | StackOverflowError e) {
            ctx.report(
                    ProblemCode.YAML_SYNTAX,
                    new Location(ctx.file(), 1 + ctx.lineOffset(), 1),
                    "",
                    "detail",
                    firstLine(String.valueOf(e.getMessage())));
        }
        return Optional.empty();
    }

    private static String firstLine(String s) {
        int newline = s.indexOf('\n');
        return newline < 0 ? s : s.substring(0, newline);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        Tag tag = node.getTag();
        if (tag.equals(Tag.NULL)) {
            return "empty";
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "a number";
        }
        if (tag.equals(Tag.BOOL)) {
            return "true/false";
        }
        return "text";
    }

    static Optional<Integer> integer(Node node) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                return Optional.of(Integer.parseInt(s.getValue().replace("+", "")));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static Optional<Double> number(Node node) {
        if (node instanceof ScalarNode s
                && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
            try {
                double value = new BigDecimal(s.getValue().replace("+", "")).doubleValue();
                return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static Optional<Boolean> bool(Node node) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT)));
        }
        return Optional.empty();
    }

    /** The scalar {@code id} of a mapping node, used to name list elements in model paths. */
    static Optional<String> idOf(Node node) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key
                        && key.getValue().equals("id")
                        && tuple.getValueNode() instanceof ScalarNode value
                        && !isNull(value)) {
                    String id = value.getValue().strip();
                    return id.isEmpty() || id.length() > 100 ? Optional.empty() : Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }
}
