package org.alliance.core.format;

import java.util.ArrayList;
import java.util.List;
import org.alliance.core.model.Reference;

/** Reads references.yaml. */
final class ReferencesReader {

    private ReferencesReader() {}

    static List<Reference> read(YamlMap m) {
        List<Reference> references = new ArrayList<>();
        for (YamlMap r : m.maps("references")) {
            references.add(new Reference(
                    r.id(),
                    r.text("authors"),
                    r.requiredInteger("year"),
                    r.text("title"),
                    r.text("source"),
                    r.optText("doi")));
            r.finish();
        }
        m.finish();
        return references;
    }
}
