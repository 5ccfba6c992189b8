package org.alliance.core.format;

import java.util.ArrayList;
import java.util.List;
import org.alliance.core.model.Concept;
import org.alliance.core.model.Misconception;

/** Reads glossary.yaml: concepts with their misconceptions and references. */
final class GlossaryReader {

    private GlossaryReader() {}

    static List<Concept> read(YamlMap m) {
        List<Concept> concepts = new ArrayList<>();
        for (YamlMap c : m.maps("concepts")) {
            List<Misconception> misconceptions = new ArrayList<>();
            for (YamlMap mc : c.maps("misconceptions")) {
                misconceptions.add(new Misconception(mc.id(), mc.text("text"), mc.text("correction")));
                mc.finish();
            }
            concepts.add(
                    new Concept(c.id(), c.text("term"), c.text("definition"), misconceptions, c.strings("references")));
            c.finish();
        }
        m.finish();
        return concepts;
    }
}
