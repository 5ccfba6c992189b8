package org.alliance.core.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Breaks text at random in the ways people and tools break files. */
final class Mutator {

    private static final String[] WRONG_VALUES = {
        "[1, 2]",
        "{a: b}",
        "123",
        "true",
        "~",
        "\"\"",
        "-1",
        "1e999",
        "[[",
        "&anchor",
        "*alias",
        "!!binary AAAA",
        "|",
        ">",
        "'unclosed",
        "\"unclosed",
        "{",
        "- x",
        "0.5.5",
        "999999999999999999999",
        "null",
        "[x, [y, [z]]]",
        "<script>alert(1)</script>",
        "[[no-such]]",
        "[@nobody]"
    };

    private Mutator() {}

    static String mutate(String text, Random rnd) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = rnd.nextInt(lines.size());
        switch (rnd.nextInt(10)) {
            case 0 -> lines.remove(line);
            case 1 -> {
                int other = rnd.nextInt(lines.size());
                String swap = lines.get(line);
                lines.set(line, lines.get(other));
                lines.set(other, swap);
            }
            case 2 -> lines.add(line, lines.get(line)); // duplicate keys, duplicate ids
            case 3 ->
                lines.set(
                        line,
                        rnd.nextBoolean()
                                ? "  " + lines.get(line)
                                : lines.get(line).stripLeading());
            case 4 -> {
                String l = lines.get(line);
                int colon = l.indexOf(": ");
                String value = WRONG_VALUES[rnd.nextInt(WRONG_VALUES.length)];
                lines.set(line, colon < 0 ? l + " " + value : l.substring(0, colon + 2) + value);
            }
            case 5 -> lines.add(line, rnd.nextBoolean() ? "<script>alert('x')</script>" : "  <b onclick=x>");
            case 6 -> {
                return text.substring(0, rnd.nextInt(text.length() + 1));
            }
            case 7 -> {
                StringBuilder junk = new StringBuilder();
                for (int i = 0, n = 1 + rnd.nextInt(20); i < n; i++) {
                    junk.append((char) rnd.nextInt(rnd.nextBoolean() ? 128 : 0xD7FF));
                }
                int at = rnd.nextInt(text.length() + 1);
                return text.substring(0, at) + junk + text.substring(at);
            }
            case 8 -> lines.set(line, lines.get(line).replace(' ', '\t'));
            default -> {
                String l = lines.get(line);
                lines.set(line, l.isEmpty() ? "x" : l.substring(0, rnd.nextInt(l.length())));
            }
        }
        return String.join("\n", lines);
    }

    static byte[] mutate(byte[] bytes, Random rnd) {
        byte[] copy = bytes.clone();
        for (int i = 0, n = 1 + rnd.nextInt(8); i < n; i++) {
            copy[rnd.nextInt(copy.length)] = (byte) rnd.nextInt(256);
        }
        return rnd.nextInt(4) == 0 ? Arrays.copyOf(copy, rnd.nextInt(copy.length)) : copy;
    }
}
