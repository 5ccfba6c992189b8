package org.alliance.core.format;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A content file as plain, mutable maps and lists, for editors that change a file field by field. Loading and
 * dumping keep every key, known or not, so a form loses nothing it does not show; the result is read again by
 * {@link CourseReader} like any other file. Comments are not kept.
 */
public final class YamlTree {

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setMaxAliasesForCollections(50)
            .setAllowRecursiveKeys(false)
            .setAllowDuplicateKeys(false)
            .setSchema(new CoreSchema())
            .build();

    private YamlTree() {}

    /** The file's root mapping (mutable), or empty when the text is not YAML with a mapping at its root. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<Object, Object>> load(String text) {
        try {
            return new Load(SETTINGS) {
                                @Override
                                protected Composer createComposer(String yaml) {
                                    return new Composer(SETTINGS, NestingLimit.parsing(SETTINGS, yaml));
                                }
                            }.loadFromString(text)
                            instanceof Map<?, ?> root
                    ? Optional.of((Map<Object, Object>) root)
                    : Optional.empty();
        } catch (YamlEngineException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The tree as block YAML, in the layout the canonical writer uses. */
    @SuppressWarnings("unchecked")
    public static String dump(Map<?, ?> root) {
        return YamlOut.dump((Map<String, Object>) root);
    }

    /**
     * The model path of element {@code index} of a list at {@code listPath}, as problems name it: by the
     * element's id when it has one, else by position ({@code accept[#0]}); a list of plain values by index.
     */
    public static String elementPath(String listPath, List<?> list, int index) {
        Object element = list.get(index);
        if (element instanceof Map<?, ?> map) {
            String id = map.get("id") instanceof Object value && !(value instanceof Map || value instanceof List)
                    ? String.valueOf(value).strip()
                    : "";
            return listPath + "[" + (id.isEmpty() || id.length() > 100 ? "#" + index : id) + "]";
        }
        return listPath + "[" + index + "]";
    }
}
