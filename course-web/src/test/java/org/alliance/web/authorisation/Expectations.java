package org.alliance.web.authorisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-written table of the authorisation matrix under src/test/resources/authorisation: one row per view or
 * service method, one outcome per {@link Persona} in the header's column order. Lines starting with # are notes.
 */
record Expectations(List<Persona> columns, Map<String, Row> rows) {

    /** A row's outcomes; {@code fresh} rows change their course, so each of their cells gets a new one. */
    record Row(String key, Map<Persona, Outcome> cells, boolean fresh, int line) {}

    static Expectations read(String resource) {
        List<Persona> columns = null;
        Map<String, Row> rows = new LinkedHashMap<>();
        int number = 0;
        try (InputStream in = Expectations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                number++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                if (columns == null) {
                    columns = new ArrayList<>();
                    for (int i = 1; i < parts.length; i++) {
                        columns.add(Persona.ofColumn(parts[i]));
                    }
                    continue;
                }
                if (parts.length != columns.size() + 1) {
                    throw new IllegalStateException(resource + ":" + number + " has " + (parts.length - 1)
                            + " outcomes for " + columns.size() + " columns");
                }
                boolean fresh = parts[0].startsWith("*");
                String key = fresh ? parts[0].substring(1) : parts[0];
                Map<Persona, Outcome> cells = new LinkedHashMap<>();
                for (int i = 1; i < parts.length; i++) {
                    cells.put(columns.get(i - 1), Outcome.ofCode(parts[i]));
                }
                if (rows.put(key, new Row(key, cells, fresh, number)) != null) {
                    throw new IllegalStateException(resource + ":" + number + " repeats " + key);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Expectations(List.copyOf(columns), rows);
    }
}
