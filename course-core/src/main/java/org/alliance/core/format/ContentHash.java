package org.alliance.core.format;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.alliance.core.model.Course;
import org.alliance.core.model.HashedWhenPresent;

/**
 * SHA-256 over a canonical form of the model, never over file bytes: YAML quoting, key order,
 * indentation and whitespace do not change it; any change of content does. The canonical form is
 * a JSON-like rendering of the records in declaration order, maps sorted by key, numbers in one
 * written form.
 */
public final class ContentHash {

    private ContentHash() {}

    /** The hex SHA-256 of the course's canonical form. */
    public static String of(Course course) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical(course).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The canonical form the hash is computed over. */
    public static String canonical(Course course) {
        StringBuilder out = new StringBuilder();
        write(course, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case String s -> string(s, out);
            case Boolean b -> out.append(b);
            case Integer i -> out.append(i);
            case Long l -> out.append(l);
            case Double d -> out.append(Numbers.format(d));
            case Enum<?> e -> string(e.name(), out);
            case Optional<?> o -> {
                if (o.isPresent()) {
                    write(o.get(), out);
                } else {
                    out.append("null");
                }
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.get(i), out);
                }
                out.append(']');
            }
            case Map<?, ?> map -> {
                Map<String, Object> sorted = new TreeMap<>();
                map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
                out.append('{');
                boolean first = true;
                for (Map.Entry<String, Object> e : sorted.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(e.getKey(), out);
                    out.append(':');
                    write(e.getValue(), out);
                }
                out.append('}');
            }
            case Record r -> record(r, out);
            default -> throw new IllegalArgumentException("Not part of the course model: " + value.getClass());
        }
    }

    private static void record(Record r, StringBuilder out) {
        // The type name matters: a quiz and a reflection with equal fields are different content.
        out.append(r.getClass().getSimpleName()).append('{');
        boolean first = true;
        for (RecordComponent component : r.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Model records are public", e);
            }
            // Keys added to the format later are left out while absent, so older courses keep their hash.
            if (component.isAnnotationPresent(HashedWhenPresent.class)
                    && value instanceof Optional<?> o
                    && o.isEmpty()) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append(component.getName()).append(':');
            write(value, out);
        }
        out.append('}');
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }
}
