package org.alliance.core.format;

import java.util.Map;
import java.util.TreeMap;
import org.alliance.core.validation.Location;
import org.alliance.core.validation.ProblemCode;
import org.alliance.core.validation.ProblemLog;

/** Turns raw file bytes into text, reporting files that are not UTF-8. */
final class Decoding {

    private Decoding() {}

    static SourceFiles decode(Map<String, byte[]> raw, ProblemLog log) {
        Map<String, String> files = new TreeMap<>();
        raw.forEach((path, bytes) ->
                Utf8.decode(bytes).ifPresentOrElse(text -> files.put(path, text), () -> notUtf8(path, bytes, log)));
        return new SourceFiles(files, log.problems());
    }

    private static void notUtf8(String path, byte[] bytes, ProblemLog log) {
        Utf8.firstMalformed(bytes)
                .ifPresentOrElse(
                        bad -> log.report(
                                ProblemCode.ENCODING,
                                new Location(path, bad.line(), bad.column()),
                                "",
                                "line",
                                Integer.toString(bad.line()),
                                "column",
                                Integer.toString(bad.column()),
                                "bytes",
                                bad.hex(),
                                "guess",
                                bad.asWindows1252()),
                        () -> log.report(
                                ProblemCode.ENCODING,
                                new Location(path, 1, 1),
                                "",
                                "line",
                                "1",
                                "column",
                                "1",
                                "bytes",
                                "?",
                                "guess",
                                "?"));
    }
}
