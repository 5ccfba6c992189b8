package org.alliance.core.format;

import java.util.Map;
import java.util.TreeMap;
import org.alliance.core.validation.Location;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.ProblemLog;

/** Turns raw file bytes into text, reporting files that are not UTF-8. */
final class Decoding {

    private Decoding() {
    }

    static SourceFiles decode(Map<String, byte[]> raw, ProblemLog log) {
        Map<String, String> files = new TreeMap<>();
        raw.forEach((path, bytes) -> Utf8.decode(bytes).ifPresentOrElse(text -> files.put(path, text),
                () -> log.report(ProblemCode.ENCODING, new Location(path, 1, 1), "")));
        return new SourceFiles(files, log.problems());
    }
}
