package org.alliance.core.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Rewrites content files in a different but equivalent form: YAML as JSON (every string
 * double-quoted, flow style), keys in reverse order, odd indentation, CRLF line ends, and extra
 * blank lines around lesson bodies. The content, and so the hash, must not change.
 */
final class Reformatting {

    private Reformatting() {}

    static Map<String, String> reformat(Map<String, String> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((path, text) -> out.put(path, path.endsWith(".md") ? lesson(text) : crlf(json(load(text)))));
        return out;
    }

    private static String lesson(String text) {
        String[] parts = text.split("(?m)^---\\s*$", 3);
        return crlf("---\n" + json(load(parts[1])) + "\n---\n\n\n" + parts[2].strip() + "\n\n\n");
    }

    private static Object load(String yaml) {
        return new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml);
    }

    private static String crlf(String text) {
        return text.replace("\n", "\r\n");
    }

    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        String pad = "   ".repeat(depth + 1);
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> map -> {
                List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
                Collections.reverse(entries);
                out.append("{\n");
                for (int i = 0; i < entries.size(); i++) {
                    out.append(pad);
                    string(String.valueOf(entries.get(i).getKey()), out);
                    out.append(" :   ");
                    write(entries.get(i).getValue(), out, depth + 1);
                    out.append(i + 1 < entries.size() ? ",\n" : "\n");
                }
                out.append("   ".repeat(depth)).append('}');
            }
            case List<?> list -> {
                out.append("[ ");
                for (int i = 0; i < list.size(); i++) {
                    write(list.get(i), out, depth + 1);
                    out.append(i + 1 < list.size() ? " ,\n" + pad : "");
                }
                out.append(" ]");
            }
            case String s -> string(s, out);
            default -> out.append(value);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        out.append('"');
    }
}
