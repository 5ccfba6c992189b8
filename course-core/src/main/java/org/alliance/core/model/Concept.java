package org.alliance.core.model;

import java.util.List;

/** A glossary concept. Its id means the same concept in every course. */
public record Concept(
        String id, String term, String definition, List<Misconception> misconceptions, List<String> references) {

    public Concept {
        misconceptions = List.copyOf(misconceptions);
        references = List.copyOf(references);
    }
}
