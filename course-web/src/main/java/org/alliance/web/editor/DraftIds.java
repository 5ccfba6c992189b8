package org.alliance.web.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.core.format.YamlTree;

/**
 * The ids a form can offer for picking, read leniently from a draft's files: objectives from lesson front
 * matter, concepts and misconceptions from the glossary, dimensions and the rating scale from course.yaml.
 * Each maps an id to its text, for labels. A file that does not read adds nothing; the validator says why.
 */
public record DraftIds(
        Map<String, String> objectives,
        Map<String, String> concepts,
        Map<String, String> misconceptions,
        Map<String, String> dimensions,
        int scaleMin,
        int scaleMax) {

    public static DraftIds of(Map<String, String> files) {
        Map<String, String> objectives = new LinkedHashMap<>();
        Map<String, String> concepts = new LinkedHashMap<>();
        Map<String, String> misconceptions = new LinkedHashMap<>();
        Map<String, String> dimensions = new LinkedHashMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith("lessons/")) {
                frontMatter(text)
                        .flatMap(YamlTree::load)
                        .ifPresent(front -> collect(front.get("objectives"), "text", objectives));
            }
        });
        Optional.ofNullable(files.get("glossary.yaml")).flatMap(YamlTree::load).ifPresent(glossary -> {
            collect(glossary.get("concepts"), "term", concepts);
            if (glossary.get("concepts") instanceof List<?> list) {
                list.forEach(c -> {
                    if (c instanceof Map<?, ?> concept) {
                        collect(concept.get("misconceptions"), "text", misconceptions);
                    }
                });
            }
        });
        int min = 1;
        int max = 5;
        var course = Optional.ofNullable(files.get("course.yaml")).flatMap(YamlTree::load);
        if (course.isPresent() && course.get().get("rubric") instanceof Map<?, ?> rubric) {
            collect(rubric.get("dimensions"), "name", dimensions);
            if (rubric.get("scale") instanceof Map<?, ?> scale) {
                min = scale.get("min") instanceof Integer i ? i : min;
                max = scale.get("max") instanceof Integer i && i > min && i - min < 20 ? i : Math.max(max, min + 1);
            }
        }
        return new DraftIds(objectives, concepts, misconceptions, dimensions, min, max);
    }

    /** The YAML between a lesson's opening and closing {@code ---} lines. */
    static Optional<String> frontMatter(String lesson) {
        String text = lesson.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            return Optional.empty();
        }
        int end = text.indexOf("\n---", 3);
        return end < 0 ? Optional.empty() : Optional.of(text.substring(4, end + 1));
    }

    /** Each element's id to its {@code textKey} text, for a list of mappings from a file's tree. */
    public static Map<String, String> byId(Object list, String textKey) {
        Map<String, String> ids = new LinkedHashMap<>();
        collect(list, textKey, ids);
        return ids;
    }

    private static void collect(Object list, String textKey, Map<String, String> into) {
        if (list instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> map && map.get("id") != null) {
                    into.putIfAbsent(
                            String.valueOf(map.get("id")),
                            String.valueOf(map.get(textKey) == null ? "" : map.get(textKey)));
                }
            }
        }
    }
}
