package org.alliance.core.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Builds plain maps and lists for the canonical writer and dumps them as block YAML. */
final class YamlOut {

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(100)
            .setDereferenceAliases(true)
            .setSchema(new CoreSchema())
            .build();

    private YamlOut() {}

    static String dump(Map<String, Object> root) {
        return new Dump(SETTINGS).dumpToString(root);
    }

    /** A mapping from alternating keys and values; null and empty-Optional values are left out. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value instanceof Optional<?> o) {
                value = o.orElse(null);
            }
            if (value != null) {
                map.put((String) keysAndValues[i], value);
            }
        }
        return map;
    }

    static <T> List<Object> list(List<T> items, Function<T, Object> each) {
        List<Object> out = new ArrayList<>();
        items.forEach(item -> out.add(each.apply(item)));
        return out;
    }

    static List<Object> strings(List<String> items) {
        return new ArrayList<>(items);
    }

    /** Whole numbers as integers (credit: 1, not 1.0). */
    static Object number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }

    static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static Map<Object, Object> levels(Map<Integer, String> levels) {
        return new LinkedHashMap<>(levels);
    }
}
