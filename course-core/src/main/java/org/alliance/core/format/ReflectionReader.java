package org.alliance.core.format;

import org.alliance.core.model.Reflection;

/** Reads reflections/&lt;id&gt;.yaml. */
final class ReflectionReader {

    private ReflectionReader() {}

    static Reflection read(YamlMap m) {
        Reflection reflection = new Reflection(m.id(), m.text("title"), m.text("prompt"));
        m.finish();
        return reflection;
    }
}
